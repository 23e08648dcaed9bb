package org.parallax.report.cli;

import org.parallax.core.Document;
import org.parallax.core.Layer;
import org.parallax.core.text.LanguageKit;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one-line note on stderr when an option relies on a language resource that some selected documents'
 * language lacks: {@code --no-stopwords} on a stopword list, {@code --layer stem} on a stemmer,
 * {@code --layer lemma} on a lemma dictionary ({@link LanguageKit#forTokens}: only Italian, Dutch and English
 * have them). Without it the option does nothing to those documents, silently: their stopwords stay in,
 * their stems and lemmas are their normalized forms.
 *
 * <pre>{@code
 * LanguageResourceNote.of(corpus.documents(), Layer.LEMMA, true);
 * // Optional[parallax: note: no stopword list and no lemma dictionary for the languages of documents
 * //   de (German), fr (French): --no-stopwords leaves their stopwords in; --layer lemma gives their normalized forms]
 * }</pre>
 */
final class LanguageResourceNote {
    /** Most document ids named; more are counted. */
    static final int MAX_NAMED = 5;

    private LanguageResourceNote() {}

    /** One resource an option relies on. */
    private record Resource(String missing, String option, String effect, Predicate<LanguageKit> has) {}

    private static final Resource STOPWORDS = new Resource("no stopword list", "--no-stopwords", "leaves their stopwords in",
            LanguageKit::hasStopwords);
    private static final Resource STEMS = new Resource("no stemmer", "--layer stem", "gives their normalized forms",
            LanguageKit::hasStemmer);
    private static final Resource LEMMAS = new Resource("no lemma dictionary", "--layer lemma", "gives their normalized forms",
            LanguageKit::hasDictionary);

    /**
     * The note for these documents when counting on {@code layer}, with {@code noStopwords} when stopwords are
     * left out; empty when every document has what the options rely on.
     */
    static Optional<String> of(List<Document> docs, Layer layer, boolean noStopwords) {
        List<Resource> used = new ArrayList<>();
        if (noStopwords) used.add(STOPWORDS);
        if (layer == Layer.STEM) used.add(STEMS);
        if (layer == Layer.LEMMA) used.add(LEMMAS);
        // resources grouped by the documents that lack them, in the order above
        Map<List<Document>, List<Resource>> groups = new LinkedHashMap<>();
        for (Resource r : used) {
            List<Document> lacking = docs.stream().filter(d -> !r.has().test(LanguageKit.forTokens(d.language()))).toList();
            if (!lacking.isEmpty()) groups.computeIfAbsent(lacking, k -> new ArrayList<>()).add(r);
        }
        if (groups.isEmpty()) return Optional.empty();
        List<String> parts = new ArrayList<>();
        for (Map.Entry<List<Document>, List<Resource>> g : groups.entrySet()) {
            List<String> missing = g.getValue().stream().map(Resource::missing).toList();
            String their = g.getKey().size() == 1 ? "its" : "their";
            List<String> effects = g.getValue().stream().map(r -> r.option() + " " + r.effect().replace("their", their)).toList();
            long languages = g.getKey().stream().map(Document::language).distinct().count();
            parts.add(String.join(" and ", missing) + (languages == 1 ? " for the language of " : " for the languages of ")
                    + documents(g.getKey()) + ": " + String.join("; ", effects));
        }
        return Optional.of("parallax: note: " + String.join("; ", parts));
    }

    /** Prints the note, if any, on {@code err}. */
    static void print(List<Document> docs, Layer layer, boolean noStopwords, PrintWriter err) {
        of(docs, layer, noStopwords).ifPresent(n -> {
            err.println(n);
            err.flush();
        });
    }

    /** "document de (German)" or "documents de (German), fr (French) and 3 more". */
    private static String documents(List<Document> docs) {
        StringBuilder sb = new StringBuilder(docs.size() == 1 ? "document " : "documents ");
        int named = Math.min(MAX_NAMED, docs.size());
        for (int i = 0; i < named; i++) {
            if (i > 0) sb.append(", ");
            Document d = docs.get(i);
            sb.append(d.id()).append(" (").append(d.language().isUnknown() ? "language unknown" : d.language().displayName()).append(')');
        }
        if (docs.size() > named) sb.append(" and ").append(docs.size() - named).append(" more");
        return sb.toString();
    }
}
