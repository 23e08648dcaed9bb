package org.parallax.stats;

import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.text.LanguageKit;
import org.parallax.core.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * How the tokenizer of a language cuts a word typed in a query, so that the query finds the tokens the
 * corpus text was cut into: {@code Stalin's} is the two tokens {@code Stalin 's} in English, one token
 * in Dutch; {@code l'Unione} is {@code l' Unione} in Italian. The same {@link Tokenizer} and
 * {@link LanguageKit} as the documents' analysis, applied to the word alone.
 *
 * <pre>{@code
 * WordTokens.of("Stalin's", Language.EN);    // [Stalin, 's]
 * WordTokens.of("Stalin's", Language.NL);    // [Stalin's]
 * WordTokens.of("dell’URSS", Language.IT);   // [dell’, URSS]
 * WordTokens.of("3/4/1957", Language.EN);    // [3, /, 4, /, 1957]
 * Document doc = Corpus.seeds().document("it-destalinizzazione");
 * WordTokens.language(doc, doc.tokenTable().block(0));  // it: the language token 0 was cut with
 * }</pre>
 *
 * <p>A word alone has no context, so a clitic or elided form typed on its own may be cut differently
 * from the same token in running text ({@code 's} alone is {@code ' s}, {@code dell'} alone is
 * {@code dell '}): callers match the word as one token too ({@link Concordance} does). Stateless; safe
 * from any thread.
 */
public final class WordTokens {
    private WordTokens() {}

    /**
     * The surfaces of the tokens the tokenizer of {@code language} cuts {@code word} into, in order;
     * {@code [word]} when it stays one token, empty for a word of whitespace only. Unsupported languages
     * use the generic kit, as the documents' analysis does.
     */
    public static List<String> of(String word, Language language) {
        Tokenizer t = new Tokenizer(kit(language)).reset(word, 0, word.length());
        List<String> out = new ArrayList<>(2);
        while (t.next()) out.add(word.substring(t.start(), t.end()));
        return List.copyOf(out);
    }

    /**
     * The language the tokens of a block of a document were cut with: the block's language when it is
     * supported, else the document's (the rule of the documents' analysis).
     */
    public static Language language(Document d, int block) {
        Language b = block >= 0 && block < d.blocks().size() ? d.blocks().get(block).language() : null;
        return b != null && b.isSupported() ? b : d.language();
    }

    private static LanguageKit kit(Language language) {
        return LanguageKit.of(language != null && language.isSupported() ? language : Language.UNKNOWN);
    }
}
