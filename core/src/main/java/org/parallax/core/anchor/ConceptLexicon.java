package org.parallax.core.anchor;

import org.parallax.core.CorpusException;
import org.parallax.core.Language;
import org.parallax.core.ingest.TextDecoder;
import org.parallax.core.io.Resources;
import org.parallax.core.text.LanguageKit;
import org.parallax.core.text.Normalizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A multilingual concept lexicon: concepts (ids such as {@code cult_of_personality}) named by lemmas
 * and multiword expressions in several languages, with tags. {@link #standard()} is the bundled
 * lexicon of the political and historical domain (Italian, Dutch and English, over 500 concepts);
 * {@link #load(Path)} reads a file of the same format, {@link #fromDictionary(BilingualDictionary)}
 * turns a bilingual dictionary into concepts, and {@link #merge} combines lexicons.
 *
 * <p>The file format (see {@code concepts.tsv} and the README): UTF-8, tab-separated, {@code #}
 * comments and blank lines ignored, an optional header row, then rows of
 * {@code concept  language  expression  [tags]} where tags are {@code ;}-separated {@code key=value}
 * pairs that describe the whole concept ({@code class} from {@link #CLASSES}, {@code frame},
 * {@code pos} from {@link #POS_VALUES}, {@code source}, or any other lower-case key).
 *
 * <pre>{@code
 * ConceptLexicon lex = ConceptLexicon.standard();
 * lex.entries("secret_speech");             // secret speech (en), discorso segreto (it), geheime toespraak (nl) ...
 * lex.tags("purge");                        // {class=event, frame=repression}
 * ConceptLexicon mine = lex.merge(ConceptLexicon.load(Path.of("extra-concepts.tsv")));
 * List<Anchor> anchors = mine.matcher().match(doc);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ConceptLexicon {
    /** The closed set of values of the {@code class} tag. */
    public static final List<String> CLASSES = List.of("person-role", "group", "institution", "event", "process", "object",
            "place-type", "abstract", "action", "attribute", "nationality", "time", "quantity");

    /** The closed set of values of the {@code pos} tag. */
    public static final List<String> POS_VALUES = List.of("noun", "verb");

    /** The classpath resource of the bundled lexicon. */
    public static final String STANDARD_RESOURCE = "/org/parallax/core/anchor/concepts.tsv";

    private static final Pattern CONCEPT_ID = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{Nd}][\\p{Ll}\\p{Lo}\\p{Nd}\\p{Mn}_:.'-]*");
    private static final Pattern TAG_KEY = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern ENGLISH_ARTICLE = Pattern.compile("^(?:to|a|an|the)\\s+");

    private final List<ConceptEntry> entries;
    private final Map<String, List<ConceptEntry>> byConcept;
    private final Map<Language, List<ConceptEntry>> byLanguage;
    private final Map<String, Map<String, String>> tags;
    private volatile ConceptMatcher matcher;

    private ConceptLexicon(List<ConceptEntry> entries, Map<String, Map<String, String>> conceptTags) {
        List<ConceptEntry> all = new ArrayList<>(entries.size());
        Map<String, List<ConceptEntry>> bc = new LinkedHashMap<>();
        Map<Language, List<ConceptEntry>> bl = new LinkedHashMap<>();
        Map<String, Map<String, String>> tg = new LinkedHashMap<>();
        for (ConceptEntry e : entries) {
            Map<String, String> t = conceptTags.getOrDefault(e.concept(), Map.of());
            ConceptEntry withTags = e.tags().equals(t) ? e : e.withTags(t);
            all.add(withTags);
            bc.computeIfAbsent(e.concept(), k -> new ArrayList<>()).add(withTags);
            bl.computeIfAbsent(e.language(), k -> new ArrayList<>()).add(withTags);
            tg.putIfAbsent(e.concept(), Collections.unmodifiableMap(new LinkedHashMap<>(t)));
        }
        bc.replaceAll((k, v) -> List.copyOf(v));
        bl.replaceAll((k, v) -> List.copyOf(v));
        this.entries = List.copyOf(all);
        this.byConcept = Collections.unmodifiableMap(bc);
        this.byLanguage = Collections.unmodifiableMap(bl);
        this.tags = Collections.unmodifiableMap(tg);
    }

    private static final class Standard {
        static final ConceptLexicon LEXICON = readStandard();
    }

    /** The bundled lexicon ({@value #STANDARD_RESOURCE}), read once on first use. */
    public static ConceptLexicon standard() { return Standard.LEXICON; }

    private static ConceptLexicon readStandard() {
        return parse(Resources.bytes(ConceptLexicon.class, STANDARD_RESOURCE), Path.of(STANDARD_RESOURCE.substring(1)));
    }

    /**
     * Reads a lexicon file.
     *
     * @throws CorpusException naming the file and the 1-based line: a wrong number of columns, an unknown
     *                         language code, an empty field, a malformed or unknown tag, conflicting tags of
     *                         one concept, a duplicate row, or bytes that are not UTF-8
     */
    public static ConceptLexicon load(Path tsv) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(tsv);
        } catch (IOException e) {
            throw CorpusException.inFile(tsv, "cannot read concept lexicon: " + e.getMessage(), e);
        }
        return parse(bytes, tsv);
    }

    /**
     * A lexicon of entries made in memory; the tags of a concept are the union of its entries' tags.
     *
     * @throws IllegalArgumentException on duplicate rows or conflicting tags
     */
    public static ConceptLexicon of(Collection<ConceptEntry> entries) {
        Map<String, Map<String, String>> conceptTags = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        List<ConceptEntry> list = new ArrayList<>();
        for (ConceptEntry e : entries) {
            if (!keys.add(e.key())) throw new IllegalArgumentException("duplicate entry " + e);
            Map<String, String> t = conceptTags.computeIfAbsent(e.concept(), k -> new LinkedHashMap<>());
            for (Map.Entry<String, String> kv : e.tags().entrySet()) {
                String old = t.putIfAbsent(kv.getKey(), kv.getValue());
                if (old != null && !old.equals(kv.getValue())) {
                    throw new IllegalArgumentException("concept '" + e.concept() + "' has two values for tag '" + kv.getKey()
                            + "': '" + old + "' and '" + kv.getValue() + "'");
                }
            }
            list.add(e);
        }
        return new ConceptLexicon(list, conceptTags);
    }

    /** An empty lexicon. */
    public static ConceptLexicon empty() { return new ConceptLexicon(List.of(), Map.of()); }

    /**
     * Concepts from a bilingual dictionary, with English as the pivot: each translation pair gives a
     * concept {@code dict:<english word>} (spaces as {@code _}) with the English word and the other
     * language's word as entries, tagged {@code source=dictionary}. An Italian-English and a
     * Dutch-English dictionary thus give concepts with Italian and Dutch entries once merged. When
     * neither side is English, the target word is the pivot: {@code dict:<target code>:<word>}. A leading
     * infinitive {@code to} or article is dropped from the English side; pairs where a side is longer
     * than three words (an explanation rather than an equivalent) or made of stopwords only ({@code the},
     * {@code van de}) are skipped.
     *
     * <pre>{@code
     * BilingualDictionary ita = BilingualDictionary.readDictd(Path.of("/usr/share/dictd/freedict-ita-eng.index"),
     *         Path.of("/usr/share/dictd/freedict-ita-eng.dict.dz"), Language.IT, Language.EN);
     * ConceptLexicon.fromDictionary(ita).entries("dict:prison"); // prison (en), prigione (it)
     * }</pre>
     */
    public static ConceptLexicon fromDictionary(BilingualDictionary d) {
        boolean sourceIsPivot = d.source().equals(Language.EN) && !d.target().equals(Language.EN);
        Language pivot = sourceIsPivot ? d.source() : d.target();
        Language other = sourceIsPivot ? d.target() : d.source();
        Map<String, String> tags = Map.of("source", "dictionary");
        Map<String, ConceptEntry> out = new LinkedHashMap<>();
        for (String head : d.headwords()) {
            for (String tr : d.translations(head)) {
                String pivotWord = sourceIsPivot ? head : tr;
                String otherWord = sourceIsPivot ? tr : head;
                String p = cleanPivot(pivotWord, pivot);
                String o = ConceptEntry.collapse(otherWord);
                if (p.isEmpty() || o.isEmpty() || words(p) > 3 || words(o) > 3) continue;
                if (onlyStopwords(p, pivot) || onlyStopwords(o, other)) continue;
                String key = p.toLowerCase(Locale.ROOT).replace(' ', '_');
                if (!CONCEPT_ID.matcher(key).matches()) continue;
                String id = pivot.equals(Language.EN) ? "dict:" + key : "dict:" + pivot.code() + ":" + key;
                ConceptEntry pe = new ConceptEntry(id, pivot, p, tags, 0);
                ConceptEntry oe = new ConceptEntry(id, other, o, tags, 0);
                out.putIfAbsent(pe.key(), pe);
                out.putIfAbsent(oe.key(), oe);
            }
        }
        return of(out.values());
    }

    private static String cleanPivot(String w, Language pivot) {
        String s = ConceptEntry.collapse(w);
        if (pivot.equals(Language.EN)) s = ENGLISH_ARTICLE.matcher(s.toLowerCase(Locale.ROOT)).find()
                ? s.substring(s.indexOf(' ') + 1).strip() : s;
        return s;
    }

    /** Whether every word of an expression is a stopword of its language ("the", "van de"): no concept. */
    private static boolean onlyStopwords(String expression, Language language) {
        LanguageKit kit = LanguageKit.of(language.isSupported() ? language : Language.UNKNOWN);
        for (String w : Normalizer.normalize(expression).split("[\\s']+")) {
            if (!w.isEmpty() && !kit.isStopword(w)) return false;
        }
        return true;
    }

    private static int words(String s) {
        return s.isEmpty() ? 0 : s.split(" ").length;
    }

    /**
     * This lexicon with the entries of another added: entries already here (same concept, language
     * and expression) are kept once, concepts of this lexicon keep their tags unchanged (the other's
     * tags only fill in concepts new to this one), and the order is this lexicon's entries, then the
     * other's new ones. Dictionary concepts ({@code dict:...}) never share an id with curated ones, so
     * {@code standard().merge(fromDictionary(d))} leaves every curated concept as it is.
     */
    public ConceptLexicon merge(ConceptLexicon other) {
        List<ConceptEntry> list = new ArrayList<>(entries);
        Set<String> keys = new HashSet<>();
        for (ConceptEntry e : entries) keys.add(e.key());
        Map<String, Map<String, String>> t = new LinkedHashMap<>(tags);
        for (ConceptEntry e : other.entries) {
            if (keys.add(e.key())) list.add(e);
            t.putIfAbsent(e.concept(), other.tags(e.concept()));
        }
        return new ConceptLexicon(list, t);
    }

    /** The concept ids, in order of first appearance. */
    public Set<String> concepts() { return byConcept.keySet(); }

    /** Whether the lexicon has this concept. */
    public boolean contains(String concept) { return byConcept.containsKey(concept); }

    /** Number of concepts. */
    public int size() { return byConcept.size(); }

    /** All entries, in file (or merge) order. */
    public List<ConceptEntry> entries() { return entries; }

    /** The entries of a concept (empty for an unknown concept). */
    public List<ConceptEntry> entries(String concept) { return byConcept.getOrDefault(concept, List.of()); }

    /** The entries of a language, in lexicon order. */
    public List<ConceptEntry> entries(Language language) { return byLanguage.getOrDefault(language, List.of()); }

    /** The languages that have entries. */
    public Set<Language> languages() { return byLanguage.keySet(); }

    /** The languages in which a concept has at least one entry. */
    public Set<Language> languages(String concept) {
        Set<Language> s = new LinkedHashSet<>();
        for (ConceptEntry e : entries(concept)) s.add(e.language());
        return Collections.unmodifiableSet(s);
    }

    /** The tags of a concept ({@code class}, {@code frame} ...), empty for an unknown concept. */
    public Map<String, String> tags(String concept) { return tags.getOrDefault(concept, Map.of()); }

    /** The concepts whose expressions in a language include this one (case-insensitive). */
    public List<String> conceptsOf(String expression, Language language) {
        String x = ConceptEntry.collapse(expression).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (ConceptEntry e : entries(language)) {
            if (e.expression().toLowerCase(Locale.ROOT).equals(x) && !out.contains(e.concept())) out.add(e.concept());
        }
        return Collections.unmodifiableList(out);
    }

    /** The matcher of this lexicon (created on first use and shared; it is thread-safe). */
    public ConceptMatcher matcher() {
        ConceptMatcher m = matcher;
        if (m == null) {
            synchronized (this) {
                m = matcher;
                if (m == null) {
                    m = new ConceptMatcher(this);
                    matcher = m;
                }
            }
        }
        return m;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ConceptLexicon[").append(size()).append(" concepts");
        for (Map.Entry<Language, List<ConceptEntry>> e : byLanguage.entrySet()) {
            sb.append(", ").append(e.getKey()).append('=').append(e.getValue().size());
        }
        return sb.append(']').toString();
    }

    // ---------------------------------------------------------------- parsing

    private static ConceptLexicon parse(byte[] bytes, Path file) {
        String text = TextDecoder.strictText(bytes, file);
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<ConceptEntry> rows = new ArrayList<>();
        Map<String, Map<String, String>> conceptTags = new LinkedHashMap<>();
        Map<String, Integer> tagLines = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean first = true;
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (first) {
                first = false;
                if (cells[0].strip().equalsIgnoreCase("concept")) continue; // header row
            }
            int n = cells.length;
            while (n > 3 && cells[n - 1].isBlank()) n--; // trailing empty cells
            if (n != 3 && n != 4) {
                throw CorpusException.atLine(file, no, "expected 3 or 4 tab-separated columns (concept, language, expression[, tags]), found "
                        + cells.length);
            }
            String concept = cells[0].strip();
            String code = cells[1].strip();
            String expression = ConceptEntry.collapse(cells[2]);
            if (concept.isEmpty()) throw CorpusException.atLine(file, no, "empty concept id");
            if (!CONCEPT_ID.matcher(concept).matches()) {
                throw CorpusException.atLine(file, no, "concept id '" + concept
                        + "' must be lower case without spaces, e.g. cult_of_personality");
            }
            if (code.isEmpty()) throw CorpusException.atLine(file, no, "empty language code");
            Language language;
            try {
                language = Language.of(code);
            } catch (IllegalArgumentException e) {
                throw CorpusException.atLine(file, no, "unknown language code '" + code + "'");
            }
            if (language.isUnknown()) throw CorpusException.atLine(file, no, "unknown language code '" + code + "'");
            if (expression.isEmpty()) throw CorpusException.atLine(file, no, "empty expression");
            Map<String, String> rowTags = n == 4 ? parseTags(cells[3], file, no) : Map.of();
            Map<String, String> ct = conceptTags.computeIfAbsent(concept, k -> new LinkedHashMap<>());
            for (Map.Entry<String, String> kv : rowTags.entrySet()) {
                String old = ct.putIfAbsent(kv.getKey(), kv.getValue());
                if (old != null && !old.equals(kv.getValue())) {
                    throw CorpusException.atLine(file, no, "tag '" + kv.getKey() + "' of concept '" + concept + "' is '"
                            + kv.getValue() + "' here but '" + old + "' on line " + tagLines.get(concept + '\t' + kv.getKey()));
                }
                tagLines.putIfAbsent(concept + '\t' + kv.getKey(), no);
            }
            ConceptEntry e = new ConceptEntry(concept, language, expression, rowTags, no);
            Integer dup = seen.putIfAbsent(e.key(), no);
            if (dup != null) {
                throw CorpusException.atLine(file, no, "duplicate row: " + concept + " / " + code + " / '" + expression
                        + "' is already on line " + dup);
            }
            rows.add(e);
        }
        return new ConceptLexicon(rows, conceptTags);
    }

    private static Map<String, String> parseTags(String cell, Path file, int no) {
        String s = cell.strip();
        if (s.isEmpty()) return Map.of();
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : s.split(";", -1)) {
            String p = part.strip();
            if (p.isEmpty()) throw CorpusException.atLine(file, no, "malformed tags '" + s + "': empty tag between ';'");
            int eq = p.indexOf('=');
            if (eq < 0) throw CorpusException.atLine(file, no, "malformed tag '" + p + "': expected key=value");
            String key = p.substring(0, eq).strip();
            String value = p.substring(eq + 1).strip();
            if (!TAG_KEY.matcher(key).matches()) {
                throw CorpusException.atLine(file, no, "malformed tag '" + p + "': the key must be a lower-case word");
            }
            if (value.isEmpty() || value.indexOf('=') >= 0 || value.chars().anyMatch(Character::isWhitespace)) {
                throw CorpusException.atLine(file, no, "malformed tag '" + p + "': the value must be one word");
            }
            if (key.equals("class") && !CLASSES.contains(value)) {
                throw CorpusException.atLine(file, no, "unknown class '" + value + "' (one of " + String.join(", ", CLASSES) + ")");
            }
            if (key.equals("pos") && !POS_VALUES.contains(value)) {
                throw CorpusException.atLine(file, no, "unknown pos '" + value + "' (one of " + String.join(", ", POS_VALUES) + ")");
            }
            if (out.putIfAbsent(key, value) != null) throw CorpusException.atLine(file, no, "tag '" + key + "' given twice");
        }
        return out;
    }
}
