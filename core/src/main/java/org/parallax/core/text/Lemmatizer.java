package org.parallax.core.text;

import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Dictionary lemmatization with the morfologik finite-state dictionaries of LanguageTool (Italian:
 * Morph-it!, Dutch: OpenTaal-based, English: LanguageTool's English dictionary). Each analysis gives
 * a lemma, the dictionary's tag and a Universal POS tag; {@link #choose} picks one analysis of an
 * ambiguous form from the POS of the previous word (article or preposition before a noun, auxiliary
 * before a participle, pronoun before a verb) &mdash; a heuristic, not a statistical tagger. A stopword
 * is a function word, never a name: {@link #functionWordAnalyses} reads it in lower case without the
 * dictionary's proper-noun entries (English {@code In} is the preposition, not a name; Dutch {@code Maar}
 * the conjunction).
 *
 * <pre>{@code
 * Lemmatizer lem = LanguageKit.of(Language.IT).newLemmatizer();
 * lem.analyses("liberati");     // [liberare/VER:part+past+p+m/VERB]
 * Lemmatizer.choose(lem.analyses("era"), "DET").lemma(); // "era" (a noun after un')
 * Lemmatizer en = LanguageKit.of(Language.EN).newLemmatizer();
 * en.analyses("In");                // [In/NNP/PROPN]
 * en.functionWordAnalyses("In");    // [in/IN/ADP, in/NN/NOUN, in/RB/ADV, in/RP/ADP]
 * en.analyses("De-Stalinization");  // [de-Stalinization/NN:UN/NOUN]
 * en.analyses("SPEECH");            // [speech/NN:UN/NOUN]
 * en.analysesAsWritten("SPEECH");   // []
 * en.analysesAsWritten("CAT");      // [CAT/NNP/PROPN]
 * }</pre>
 *
 * <p>Not thread-safe (the dictionary lookup reuses buffers); create one per thread.
 */
public final class Lemmatizer {
    /** One dictionary analysis of a word form. */
    public record Analysis(String lemma, String tag, String upos) {
        @Override
        public String toString() { return lemma + "/" + tag + "/" + upos; }
    }

    private static final List<String> DEFAULT_ORDER = List.of("NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "ADP", "DET",
            "PRON", "CCONJ", "SCONJ", "NUM", "PART", "INTJ", "X");
    private static final List<String> AFTER_DETERMINER = List.of("NOUN", "ADJ", "PROPN", "NUM", "VERB", "ADV", "X");
    private static final List<String> AFTER_AUXILIARY = List.of("VERB", "ADJ", "ADV", "NOUN", "AUX", "X");
    private static final List<String> AFTER_PRONOUN = List.of("VERB", "AUX", "ADV", "NOUN", "ADJ", "X");
    private static final List<String> FUNCTION_WORD = List.of("ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "ADV",
            "NUM", "VERB", "ADJ", "NOUN", "PROPN", "INTJ", "X");

    private final LanguageKit kit;
    private final DictionaryLookup lookup;

    Lemmatizer(LanguageKit kit) {
        this.kit = kit;
        morfologik.stemming.Dictionary d = kit.dictionary();
        this.lookup = d == null ? null : new DictionaryLookup(d);
    }

    /** Whether a dictionary is available. */
    public boolean hasDictionary() { return lookup != null; }

    /**
     * All analyses of a form, in dictionary order, duplicates removed. A capitalized form that the
     * dictionary does not know is looked up in lower case ("The" &rarr; "the"), then, when it has capitals
     * inside, with only its first letter in lower case ("De-Stalinization" &rarr; "de-Stalinization", the
     * way the dictionary writes such compounds).
     */
    public List<Analysis> analyses(String form) {
        if (lookup == null || form.isEmpty()) return List.of();
        List<Analysis> out = lookupOnce(form);
        if (out.isEmpty()) {
            String lower = form.toLowerCase(Locale.ROOT);
            if (!lower.equals(form)) out = lookupOnce(lower);
            if (out.isEmpty()) {
                String decapitalized = decapitalize(form);
                if (!decapitalized.equals(form) && !decapitalized.equals(lower)) out = lookupOnce(decapitalized);
            }
        }
        if (out.isEmpty()) {
            String unified = unifyApostrophes(form);
            if (!unified.equals(form)) return analyses(unified);
        }
        return out;
    }

    /**
     * The analyses of a form exactly as written, without the lower-case fallbacks of {@link #analyses}
     * (apostrophes are still unified): how {@link TextAnalyzer} reads a word written in capitals outside a
     * shouted line, so that an acronym stays one ({@code KGB} &rarr; {@code [KGB/NNP/PROPN]}, {@code CPSU}
     * &rarr; {@code []}; Italian {@code PCI} is {@code []}, where {@link #analyses} would find the dictionary's
     * lower-case {@code pci}).
     */
    public List<Analysis> analysesAsWritten(String form) {
        if (lookup == null || form.isEmpty()) return List.of();
        List<Analysis> out = lookupOnce(form);
        if (out.isEmpty()) {
            String unified = unifyApostrophes(form);
            if (!unified.equals(form)) return lookupOnce(unified);
        }
        return out;
    }

    /**
     * The analyses of a stopword: those of its lower-case form, proper-noun readings left out (a stopword
     * is a function word, whatever its capital: {@code In}, {@code On}, Dutch {@code Op}, {@code Maar} are
     * also names in the dictionaries). Empty when the dictionary knows no other reading.
     */
    public List<Analysis> functionWordAnalyses(String form) {
        List<Analysis> all = analyses(form.toLowerCase(Locale.ROOT));
        List<Analysis> out = new ArrayList<>(all.size());
        for (Analysis a : all) if (!"PROPN".equals(a.upos())) out.add(a);
        return Collections.unmodifiableList(out);
    }

    /** The form with its first character in lower case (a supplementary character is left as it is). */
    private static String decapitalize(String form) {
        char c = form.charAt(0);
        if (Character.isHighSurrogate(c)) return form;
        char l = Character.toLowerCase(c);
        return l == c ? form : l + form.substring(1);
    }

    private static String unifyApostrophes(String s) {
        return s.replace('\u2019', '\'').replace('\u02BC', '\'');
    }

    private List<Analysis> lookupOnce(String form) {
        List<WordData> res;
        try {
            res = lookup.lookup(form);
        } catch (RuntimeException e) {
            return List.of(); // characters the dictionary's encoding cannot represent
        }
        if (res.isEmpty()) return List.of();
        List<Analysis> out = new ArrayList<>(res.size());
        for (WordData w : res) {
            CharSequence stem = w.getStem();
            CharSequence tag = w.getTag();
            if (stem == null) continue;
            String t = tag == null ? "" : tag.toString();
            Analysis a = new Analysis(stem.toString(), t, kit.upos(t));
            if (!out.contains(a)) out.add(a);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Picks one analysis of an ambiguous form given the Universal POS of the previous word (may be
     * null), or returns null when there are none.
     */
    public static Analysis choose(List<Analysis> candidates, String previousUpos) {
        return choose(candidates, previousUpos, false);
    }

    /**
     * Picks one analysis; a stopword prefers function-word readings ("in" is a preposition before it is
     * an inch).
     */
    public static Analysis choose(List<Analysis> candidates, String previousUpos, boolean stopword) {
        if (candidates.isEmpty()) return null;
        if (candidates.size() == 1) return candidates.get(0);
        List<String> order = stopword ? FUNCTION_WORD : DEFAULT_ORDER;
        if (previousUpos != null) {
            switch (previousUpos) {
                case "DET", "ADP" -> order = AFTER_DETERMINER;
                case "ADJ", "NUM" -> order = stopword ? FUNCTION_WORD : AFTER_DETERMINER;
                case "AUX" -> order = AFTER_AUXILIARY;
                case "PRON" -> order = stopword ? FUNCTION_WORD : AFTER_PRONOUN;
                default -> { }
            }
        }
        Analysis best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Analysis a : candidates) {
            int r = order.indexOf(a.upos);
            if (r < 0) r = order.size() + DEFAULT_ORDER.indexOf(a.upos) + 1;
            if (r < bestRank) {
                best = a;
                bestRank = r;
            }
        }
        return best;
    }
}
