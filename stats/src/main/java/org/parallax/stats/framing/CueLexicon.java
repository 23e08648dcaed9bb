package org.parallax.stats.framing;

import org.parallax.core.CorpusException;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.TokenTable;
import org.parallax.core.TokenType;
import org.parallax.core.anchor.Anchor;
import org.parallax.core.anchor.ConceptEntry;
import org.parallax.core.anchor.ConceptLexicon;
import org.parallax.core.anchor.ConceptMatcher;
import org.parallax.core.ingest.TextDecoder;
import org.parallax.core.io.Resources;
import org.parallax.core.table.Table;
import org.parallax.core.text.AnalysisSink;
import org.parallax.core.text.LanguageKit;
import org.parallax.core.text.TextAnalyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A lexicon of cues grouped in categories, in several languages: the bundled {@link #frames()}
 * lexicon (ten frames of political history: {@code morality}, {@code legality},
 * {@code power_struggle}, {@code human_cost}, {@code economy}, {@code culture},
 * {@code international}, {@code ideology}, {@code memory}, {@code reform}) and the bundled
 * {@link #stance()} lexicon ({@code hedge}, {@code booster}, {@code positive}, {@code negative}), in
 * Italian, Dutch and English; or any file of the same format ({@link #load(Path)}).
 *
 * <p>Cues are found in documents by the concept matcher of the core module: the lexicon is turned into
 * a {@link ConceptLexicon} with one concept per cue and matched by its {@link ConceptMatcher} (lemma,
 * form or stem matching, multiword cues with at most {@value ConceptMatcher#MAX_GAP} stopwords between
 * their words, within one sentence, longest match first, no overlaps). {@link #hits(Document)} gives the
 * matches as {@link CueHit}s.
 *
 * <p>The file format (see {@code frames.tsv} and {@code stance.tsv}): UTF-8, tab-separated, {@code #}
 * comments and blank lines ignored, an optional header row (its first cell {@code frame},
 * {@code category} or {@code stance}), then rows of {@code category  language  cue  [tags]  [note]}:
 * <ul>
 *   <li>{@code category}: a lower_snake_case id;</li>
 *   <li>{@code language}: an ISO 639 code;</li>
 *   <li>{@code cue}: a lemma (verbs in the infinitive) or multiword expression; a multiword cue may not
 *       begin or end with a stopword of its language, which the matcher would ignore ({@code no doubt}
 *       would match every {@code doubt});</li>
 *   <li>{@code tags}: optional {@code ;}-separated {@code key=value} pairs: {@code weight} (a number in
 *       (0, {@value #MAX_WEIGHT}], default 1) and {@code pos} ({@code noun} or {@code verb}: a one-word
 *       cue then matches only tokens the lemmatizer tags that way);</li>
 *   <li>{@code note}: optional free text.</li>
 * </ul>
 * A cue belongs to one category per language: repeating a cue (case-insensitive) in the same language is
 * an error, whether in the same category or another.
 *
 * <pre>{@code
 * CueLexicon frames = CueLexicon.frames();
 * frames.categories();                          // [morality, legality, power_struggle, ...]
 * frames.entries("ideology", Language.NL);      // ideologie, ideologisch, doctrine ...
 * for (CueHit h : frames.hits(Corpus.seeds().document("en-essay"))) {
 *     System.out.println(h);                    // ideology        en  "ideological" [75-86] s1  (cue: ideological) ...
 * }
 * Path file = Files.writeString(Files.createTempFile("my-frames", ".tsv"),
 *         "category\tlanguage\tcue\nthaw\ten\tthaw\nthaw\ten\trelax\tpos=verb\n");
 * CueLexicon mine = CueLexicon.load(file);      // e.g. Path.of("my-frames.tsv"): one category, two cues
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CueLexicon {
    /** The classpath resource of the bundled frame lexicon. */
    public static final String FRAMES_RESOURCE = "/org/parallax/stats/framing/frames.tsv";
    /** The classpath resource of the bundled stance lexicon. */
    public static final String STANCE_RESOURCE = "/org/parallax/stats/framing/stance.tsv";
    /** The largest weight a cue may have. */
    public static final double MAX_WEIGHT = 100;

    static final Pattern CATEGORY_ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> HEADERS = Set.of("frame", "category", "stance");
    private static final String CONCEPT_PREFIX = "cue#";

    private final String name;
    private final List<CueEntry> entries;
    private final List<String> categories;
    private final Map<String, List<CueEntry>> byCategory;
    private final ConceptLexicon concepts;

    private CueLexicon(String name, List<CueEntry> entries) {
        this.name = name;
        this.entries = List.copyOf(entries);
        Map<String, List<CueEntry>> bc = new LinkedHashMap<>();
        List<ConceptEntry> ce = new ArrayList<>(entries.size());
        for (int i = 0; i < this.entries.size(); i++) {
            CueEntry e = this.entries.get(i);
            bc.computeIfAbsent(e.category(), k -> new ArrayList<>()).add(e);
            Map<String, String> tags = e.pos() == null ? Map.of() : Map.of("pos", e.pos());
            ce.add(new ConceptEntry(CONCEPT_PREFIX + i, e.language(), e.cue(), tags, e.line()));
        }
        bc.replaceAll((k, v) -> List.copyOf(v));
        this.byCategory = Collections.unmodifiableMap(bc);
        this.categories = List.copyOf(bc.keySet());
        this.concepts = ConceptLexicon.of(ce);
    }

    private static final class Bundled {
        static final CueLexicon FRAMES = readResource("frames", FRAMES_RESOURCE);
        static final CueLexicon STANCE = readResource("stance", STANCE_RESOURCE);
    }

    /** The bundled frame lexicon ({@value #FRAMES_RESOURCE}), read once on first use. */
    public static CueLexicon frames() { return Bundled.FRAMES; }

    /** The bundled stance lexicon ({@value #STANCE_RESOURCE}), read once on first use. */
    public static CueLexicon stance() { return Bundled.STANCE; }

    private static CueLexicon readResource(String name, String resource) {
        return parse(name, Resources.bytes(CueLexicon.class, resource), Path.of(resource.substring(1)));
    }

    /**
     * Reads a lexicon file; its name is the file name without extension.
     *
     * @throws CorpusException naming the file and the 1-based line: a wrong number of columns, an unknown
     *                         language code, an empty or malformed field, an unknown tag, a weight out of
     *                         range, a cue that begins or ends with a stopword, a cue already given on
     *                         another line (in any category), or bytes that are not UTF-8
     */
    public static CueLexicon load(Path tsv) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(tsv);
        } catch (IOException e) {
            throw CorpusException.inFile(tsv, "cannot read cue lexicon: " + e.getMessage(), e);
        }
        String file = tsv.getFileName() == null ? "lexicon" : tsv.getFileName().toString();
        int dot = file.lastIndexOf('.');
        return parse(dot > 0 ? file.substring(0, dot) : file, bytes, tsv);
    }

    /**
     * A lexicon of entries made in memory.
     *
     * @throws IllegalArgumentException when a cue is given twice in one language
     */
    public static CueLexicon of(String name, Collection<CueEntry> entries) {
        Map<String, CueEntry> seen = new HashMap<>();
        for (CueEntry e : entries) {
            CueEntry old = seen.putIfAbsent(e.key(), e);
            if (old != null) {
                throw new IllegalArgumentException("cue '" + e.cue() + "' (" + e.language() + ") is given twice: in '"
                        + old.category() + "' and in '" + e.category() + "'");
            }
        }
        return new CueLexicon(name, List.copyOf(entries));
    }

    /** The lexicon's name ({@code frames}, {@code stance}, or the file name). */
    public String name() { return name; }

    /** The category ids, in order of first appearance. */
    public List<String> categories() { return categories; }

    /** Whether the lexicon has this category. */
    public boolean contains(String category) { return byCategory.containsKey(category); }

    /** All entries, in file order. */
    public List<CueEntry> entries() { return entries; }

    /** Number of entries (cues in all languages). */
    public int size() { return entries.size(); }

    /** The entries of a category (empty for an unknown one). */
    public List<CueEntry> entries(String category) { return byCategory.getOrDefault(category, List.of()); }

    /** The entries of a category in one language. */
    public List<CueEntry> entries(String category, Language language) {
        return entries(category).stream().filter(e -> e.language().equals(language)).toList();
    }

    /** The languages that have cues, in order of first appearance. */
    public Set<Language> languages() {
        Set<Language> s = new LinkedHashSet<>();
        for (CueEntry e : entries) s.add(e.language());
        return Collections.unmodifiableSet(s);
    }

    /** The entry of a concept id of the internal concept lexicon ({@code cue#12}). */
    private CueEntry entryOf(String conceptId) {
        return entries.get(Integer.parseInt(conceptId.substring(CONCEPT_PREFIX.length())));
    }

    /**
     * The cues found in a document, in document order (boilerplate included, flagged by
     * {@link CueHit#boilerplate()}). Each token belongs to at most one hit.
     */
    public List<CueHit> hits(Document doc) {
        ConceptMatcher m = concepts.matcher();
        TokenTable t = doc.tokenTable();
        List<CueHit> out = new ArrayList<>();
        for (Anchor a : m.match(doc)) {
            CueEntry e = entryOf(a.value());
            out.add(new CueHit(doc.id(), e, a.text(), a.start(), a.end(), a.firstToken(), a.endToken(),
                    t.sentence(a.firstToken()), a.boilerplate()));
        }
        return Collections.unmodifiableList(out);
    }

    /** The number of cues of each category (rows) in each language (columns). */
    public Table toTable() {
        List<Language> langs = new ArrayList<>(languages());
        List<String> cols = new ArrayList<>();
        cols.add("category");
        for (Language l : langs) cols.add(l.code());
        Table.Builder b = Table.builder(cols).name(name);
        for (String c : categories) {
            List<Object> row = new ArrayList<>();
            row.add(c);
            for (Language l : langs) row.add(entries(c, l).size());
            b.row(row);
        }
        return b.build();
    }

    /** The name, the size and the number of cues per category and language. */
    @Override
    public String toString() {
        return "CueLexicon " + name + ": " + categories.size() + " categories, " + entries.size() + " cues in "
                + languages() + System.lineSeparator() + toTable();
    }

    // ---------------------------------------------------------------- parsing

    private static CueLexicon parse(String name, byte[] bytes, Path file) {
        String text = TextDecoder.strictText(bytes, file);
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<CueEntry> rows = new ArrayList<>();
        Map<String, CueEntry> seen = new HashMap<>();
        Map<Language, StopwordCheck> checks = new HashMap<>();
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (first) {
                first = false;
                if (HEADERS.contains(cells[0].strip().toLowerCase(Locale.ROOT))) continue;
            }
            int n = cells.length;
            while (n > 3 && cells[n - 1].isBlank()) n--;
            if (n < 3 || n > 5) {
                throw CorpusException.atLine(file, no, "expected 3 to 5 tab-separated columns (category, language, cue[, tags[, note]]), found "
                        + cells.length);
            }
            String category = cells[0].strip();
            String code = cells[1].strip();
            String cue = cells[2].strip().replaceAll("\\s+", " ");
            if (category.isEmpty()) throw CorpusException.atLine(file, no, "empty category");
            if (!CATEGORY_ID.matcher(category).matches()) {
                throw CorpusException.atLine(file, no, "category '" + category + "' must be lower_snake_case, e.g. human_cost");
            }
            if (code.isEmpty()) throw CorpusException.atLine(file, no, "empty language code");
            Language language;
            try {
                language = Language.of(code);
            } catch (IllegalArgumentException e) {
                throw CorpusException.atLine(file, no, "unknown language code '" + code + "'");
            }
            if (language.isUnknown()) throw CorpusException.atLine(file, no, "unknown language code '" + code + "'");
            if (cue.isEmpty()) throw CorpusException.atLine(file, no, "empty cue");
            double weight = 1.0;
            String pos = null;
            if (n >= 4 && !cells[3].isBlank()) {
                for (String part : cells[3].strip().split(";", -1)) {
                    String p = part.strip();
                    int eq = p.indexOf('=');
                    if (eq <= 0) throw CorpusException.atLine(file, no, "malformed tag '" + p + "': expected key=value (weight=0.5, pos=noun)");
                    String key = p.substring(0, eq).strip();
                    String value = p.substring(eq + 1).strip();
                    switch (key) {
                        case "weight" -> {
                            try {
                                weight = Double.parseDouble(value);
                            } catch (NumberFormatException e) {
                                throw CorpusException.atLine(file, no, "weight '" + value + "' is not a number");
                            }
                            if (!(weight > 0 && weight <= MAX_WEIGHT)) {
                                throw CorpusException.atLine(file, no, "weight " + value + " is not in (0, " + (int) MAX_WEIGHT + "]");
                            }
                        }
                        case "pos" -> {
                            if (!value.equals("noun") && !value.equals("verb")) {
                                throw CorpusException.atLine(file, no, "pos '" + value + "' is not noun or verb");
                            }
                            pos = value;
                        }
                        default -> throw CorpusException.atLine(file, no, "unknown tag '" + key + "' (weight, pos)");
                    }
                }
            }
            String note = n >= 5 ? cells[4].strip() : "";
            String stop = checks.computeIfAbsent(language, StopwordCheck::new).edgeStopword(cue);
            if (stop != null) {
                throw CorpusException.atLine(file, no, "cue '" + cue + "' begins or ends with the stopword '" + stop
                        + "', which the matcher ignores: leave it out or choose another cue");
            }
            CueEntry e = new CueEntry(category, language, cue, weight, pos, note, no);
            CueEntry dup = seen.putIfAbsent(e.key(), e);
            if (dup != null) {
                throw CorpusException.atLine(file, no, "cue '" + cue + "' (" + code + ") is already on line " + dup.line()
                        + (dup.category().equals(category) ? "" : ", in category '" + dup.category() + "'")
                        + ": a cue belongs to one category per language");
            }
            rows.add(e);
        }
        return new CueLexicon(name, rows);
    }

    /** Finds a stopword at either end of a multiword cue that has content words. */
    private static final class StopwordCheck implements AnalysisSink {
        private final TextAnalyzer analyzer;
        private final List<String> norms = new ArrayList<>();
        private final List<Boolean> stops = new ArrayList<>();

        StopwordCheck(Language language) {
            this.analyzer = new TextAnalyzer(LanguageKit.of(language.isSupported() ? language : Language.UNKNOWN), false);
        }

        /** The offending stopword, or null. */
        String edgeStopword(String cue) {
            norms.clear();
            stops.clear();
            analyzer.analyze(cue, 0, cue.length(), this);
            if (norms.size() < 2 || !stops.contains(Boolean.FALSE)) return null;
            if (stops.get(0)) return norms.get(0);
            if (stops.get(stops.size() - 1)) return norms.get(norms.size() - 1);
            return null;
        }

        @Override
        public void token(int start, int end, TokenType type, int flags, double value, String norm, String stem, String lemma,
                          String upos, boolean stopword, boolean spaceAfter) {
            if (type != TokenType.WORD && type != TokenType.NUMBER) return;
            norms.add(norm);
            stops.add(stopword);
        }

        @Override
        public void sentenceEnd() {}
    }
}
