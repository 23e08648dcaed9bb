package org.parallax.stats.salience;

import org.parallax.core.Language;
import org.parallax.core.TokenTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the salience methods know about a language, read from
 * {@code org/parallax/stats/salience/<code>.tsv} on the classpath (languages without a file get
 * {@code default.tsv}). One {@code kind<TAB>value} row per line, {@code #} starts a comment:
 *
 * <table>
 *   <caption>kinds</caption>
 *   <tr><th>kind</th><th>value</th><th>used by</th></tr>
 *   <tr><td>{@code keyword-tags}</td><td>UPOS tags, space-separated</td><td>{@link TextRank}: the words that become graph vertices</td></tr>
 *   <tr><td>{@code phrase-break-tags}</td><td>UPOS tags</td><td>{@link Rake}: words that split candidate phrases like stopwords</td></tr>
 *   <tr><td>{@code context-tags}</td><td>UPOS tags</td><td>{@link CValue}: context words of the NC-value</td></tr>
 *   <tr><td>{@code term-pattern}</td><td>a {@link TermPattern}</td><td>{@link CValue}: the linguistic filter (several rows: a span matching any)</td></tr>
 *   <tr><td>{@code stopword}</td><td>a normalized form</td><td>all: added to the tokens' stopword flags (Snowball lists)</td></tr>
 * </table>
 *
 * <pre>{@code
 * SalienceLanguage it = SalienceLanguage.of(Language.IT);
 * it.termPatterns();                 // [ADJ? NOUN (ADJ | NOUN | PROPN | ADP[di|del|...] DET? ADJ? (NOUN | PROPN))*]
 * Document doc = Corpus.seeds().document("it-destalinizzazione");
 * it.isStopword(doc.tokenTable(), 0);   // true: "La"
 * Path file = Files.writeString(Files.createTempFile("my-en", ".tsv"),
 *         "keyword-tags\tNOUN PROPN\nterm-pattern\tADJ* NOUN NOUN\nstopword\tcase\n");
 * SalienceLanguage mine = SalienceLanguage.load(file);   // e.g. Path.of("my-en.tsv")
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param keywordTags     UPOS tags of TextRank's candidate words
 * @param phraseBreakTags UPOS tags that end RAKE's candidate phrases
 * @param contextTags     UPOS tags of NC-value context words
 * @param termPatterns    the C-value linguistic filters
 * @param stopwords       extra stopwords (normalized forms)
 */
public record SalienceLanguage(Set<String> keywordTags, Set<String> phraseBreakTags, Set<String> contextTags,
                               List<TermPattern> termPatterns, Set<String> stopwords) {
    private static final String FOLDER = "/org/parallax/stats/salience/";
    private static final Map<String, SalienceLanguage> CACHE = new ConcurrentHashMap<>();

    /** Copies the collections. */
    public SalienceLanguage {
        keywordTags = Set.copyOf(keywordTags);
        phraseBreakTags = Set.copyOf(phraseBreakTags);
        contextTags = Set.copyOf(contextTags);
        termPatterns = List.copyOf(termPatterns);
        stopwords = Set.copyOf(stopwords);
    }

    /** The bundled resources of a language ({@code default.tsv} when it has none). */
    public static SalienceLanguage of(Language language) {
        return CACHE.computeIfAbsent(language.code(), code -> {
            String res = FOLDER + code + ".tsv";
            InputStream in = SalienceLanguage.class.getResourceAsStream(res);
            if (in == null) {
                res = FOLDER + "default.tsv";
                in = SalienceLanguage.class.getResourceAsStream(res);
            }
            if (in == null) throw new IllegalStateException("missing resource " + res);
            try (InputStream s = in) {
                return read(s, res);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Reads a resource file in the format above. */
    public static SalienceLanguage load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the format above; errors name the source and line. */
    public static SalienceLanguage read(InputStream in, String source) throws IOException {
        Set<String> kw = new LinkedHashSet<>();
        Set<String> br = new LinkedHashSet<>();
        Set<String> ctx = new LinkedHashSet<>();
        List<TermPattern> pats = new ArrayList<>();
        Set<String> stop = new LinkedHashSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            if (tab < 0) throw new IllegalArgumentException(source + ":" + no + ": expected kind<TAB>value");
            String kind = line.substring(0, tab).strip();
            String value = line.substring(tab + 1).strip();
            try {
                switch (kind) {
                    case "keyword-tags" -> kw.addAll(tags(value));
                    case "phrase-break-tags" -> br.addAll(tags(value));
                    case "context-tags" -> ctx.addAll(tags(value));
                    case "term-pattern" -> pats.add(TermPattern.parse(value));
                    case "stopword" -> stop.add(value.toLowerCase(Locale.ROOT));
                    default -> throw new IllegalArgumentException("unknown kind '" + kind
                            + "' (keyword-tags, phrase-break-tags, context-tags, term-pattern, stopword)");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + no + ": " + e.getMessage(), e);
            }
        }
        return new SalienceLanguage(kw, br, ctx, pats, stop);
    }

    private static List<String> tags(String value) {
        List<String> out = new ArrayList<>();
        for (String t : value.split("\\s+")) {
            if (t.isEmpty()) continue;
            String tag = t.toUpperCase(Locale.ROOT);
            if (!TermPattern.UPOS_TAGS.contains(tag)) {
                throw new IllegalArgumentException("unknown UPOS tag '" + t + "' (" + String.join(" ", TermPattern.UPOS_TAGS) + ")");
            }
            out.add(tag);
        }
        return out;
    }

    /** A copy with other term patterns. */
    public SalienceLanguage withTermPatterns(List<TermPattern> patterns) {
        return new SalienceLanguage(keywordTags, phraseBreakTags, contextTags, Objects.requireNonNull(patterns), stopwords);
    }

    /** Whether token {@code i} is a stopword: its own flag, or its normalized form on the extra list. */
    public boolean isStopword(TokenTable t, int i) {
        return t.isStopword(i) || (!stopwords.isEmpty() && stopwords.contains(t.norm(i)));
    }

    /** The length bitmask of the spans from {@code from} matching any term pattern (see {@link TermPattern#lengths}). */
    public long termLengths(TokenTable t, int from, int maxLength) {
        long m = 0;
        for (TermPattern p : termPatterns) m |= p.lengths(t, from, maxLength, i -> isStopword(t, i));
        return m;
    }

    @Override
    public String toString() {
        return "keyword-tags " + keywordTags + ", phrase-break-tags " + phraseBreakTags + ", term-patterns " + termPatterns
                + ", " + stopwords.size() + " extra stopwords";
    }
}
