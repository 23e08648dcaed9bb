package org.parallax.core.anchor;

import org.apache.commons.text.similarity.LongestCommonSubsequence;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.TokenTable;
import org.parallax.core.text.LanguageKit;
import org.parallax.core.text.Normalizer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Cognate classes of content words across languages: {@code destalinizzazione} (it),
 * {@code destalinisatie} (nl) and {@code de-Stalinization} (en) are one class, {@code destalinisasion}.
 *
 * <pre>{@code
 * CognateIndex idx = CognateIndex.build(Corpus.seeds());
 * idx.classOf(Language.IT, "destalinizzazione");     // "destalinisasion"
 * idx.classOf(Language.NL, "destalinisatie");        // "destalinisasion"
 * CognateIndex.areCognates("congresso", Language.IT, "congress", Language.EN);   // true
 * CognateIndex.areCognates("attualmente", Language.IT, "actually", Language.EN); // false
 * idx.anchors(doc);   // COGNATE anchors, value = class id
 * }</pre>
 *
 * <h2>Vocabulary</h2>
 * Per language, the lemmas (lower case) of content words: word tokens that are not stopwords, have at
 * least {@value #MIN_LENGTH} characters, are written in the main script of their document, and are not inside an entity mention of
 * {@link EntityRecognizer#standard()} (names are the business of {@link EntityClusters}).
 *
 * <h2>Similarity</h2>
 * Each word is normalized by the ordered rules of {@code org/parallax/core/anchor/cognates.tsv}: accents
 * folded, hyphens removed, the regular correspondences of learned suffixes unified (it {@code -zione}, nl
 * {@code -tie}, en {@code -tion} &rarr; {@code -sion}; {@code -ità}/{@code -iteit}/{@code -ity}; {@code -ico}/{@code -isch}/{@code -ic};
 * Latin {@code -um}), then letters ({@code ph}&rarr;f, {@code th}&rarr;t, {@code ch}/{@code c}/{@code q}&rarr;k,
 * {@code zz}/{@code z}&rarr;s, {@code y}&rarr;i, {@code ij}&rarr;i, {@code oe}&rarr;u, doubled letters collapsed) and one
 * final inflection vowel is stripped. {@link #similarity} is the length of the longest common subsequence
 * (Commons Text {@link LongestCommonSubsequence}) divided by the length of the longer normalized form; when
 * the two forms share an ending of three letters or more, the roots before it are compared instead, so a
 * common learned suffix does not make different roots look alike ({@code destabilization} is not
 * {@code destalinization}: roots {@code destabil} / {@code destalin}, 0.75).
 * Two words of different languages are cognates when it is at least {@value #THRESHOLD}, both
 * normalized forms have at least four letters and neither word is a stopword.
 *
 * <h2>Classes</h2>
 * Words with the same normalized form share a class at once; the others are blocked by the first four
 * letters of the normalized form (so building is near-linear: no comparison across blocks) and, by
 * decreasing frequency, join the first class of their block whose representative is similar enough, or
 * found a new one. Only classes that span two or more languages are kept. The class id is the normalized
 * form of the most frequent member.
 *
 * <h2>Limits</h2>
 * The method is orthographic. The threshold and the stopword and length filters keep out
 * {@code attualmente}/{@code actually} (0.56), {@code eventualmente}/{@code eventually} (0.67),
 * {@code morte}/{@code more} (too short; {@code more} is a stopword) and function words such as
 * {@code the}/{@code de}/{@code che}. It cannot exclude false friends that are spelled alike:
 * {@code camera} (it "room") / {@code camera} (en), {@code attuale} (it "current") / {@code actual},
 * {@code eventuale} (it "possible") / {@code eventual}, {@code library} / {@code libreria} (it "bookshop"),
 * {@code argument}/{@code argomento} (it "topic"), nl {@code brutaal} ("cheeky") / en {@code brutal};
 * nor can it join true cognates whose spellings drifted apart ({@code rivoluzione} / {@code revolution}
 * differ in their first four letters and are blocked apart).
 *
 * <p>Immutable and thread-safe.
 */
public final class CognateIndex {
    /** Minimum similarity of two cognates. */
    public static final double THRESHOLD = 0.8;
    /** Minimum length (in characters) of a vocabulary word. */
    public static final int MIN_LENGTH = 5;
    /** Minimum length of a normalized form. */
    static final int MIN_NORMALIZED = 4;
    /** Length of the blocking prefix. */
    static final int BLOCK = 4;

    private static final RewriteRules RULES = RewriteRules.load("/org/parallax/core/anchor/cognates.tsv");
    private static final LongestCommonSubsequence LCS = new LongestCommonSubsequence();

    /**
     * A member of a class: a lemma of one language and its number of occurrences.
     *
     * <pre>{@code
     * idx.members("kongres");  // [Member[language=en, lemma=congress, count=2], Member[language=it, lemma=congresso, count=1]]
     * }</pre>
     */
    public record Member(Language language, String lemma, int count) {}

    private record CognateClass(String id, List<Member> members, Set<Language> languages, int count) {}

    private final Map<String, CognateClass> classes;
    /** language code -> lemma or norm -> class id. */
    private final Map<String, Map<String, String>> byWord;
    /** normalized form -> class id. */
    private final Map<String, String> byNormalized;
    /** language code -> every lemma and norm of the vocabulary (those without a class need no normalization). */
    private final Map<String, Set<String>> known;

    private CognateIndex(Map<String, CognateClass> classes, Map<String, Map<String, String>> byWord,
                         Map<String, String> byNormalized, Map<String, Set<String>> known) {
        this.classes = classes;
        this.byWord = byWord;
        this.byNormalized = byNormalized;
        this.known = known;
    }

    // ------------------------------------------------------------------ normalization and similarity

    /**
     * The normalized form of a word for cognate comparison: with the rules of its language, or of every
     * language when {@code lang} is null.
     */
    public static String normalize(String word, Language lang) {
        String s = Normalizer.fold(Normalizer.normalize(word));
        StringBuilder letters = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) letters.append(c);
        }
        String code = lang == null ? null : lang.code();
        return RULES.apply(letters.toString(), scope -> scope.equals("*") || code == null || scope.equals(code));
    }

    /**
     * Similarity of two words in [0, 1]: longest common subsequence over the longer length, on the
     * forms normalized with the rules of every language ({@link #normalize} with no language).
     */
    public static double similarity(String a, String b) {
        return normalizedSimilarity(normalize(a, null), normalize(b, null));
    }

    static double normalizedSimilarity(String na, String nb) {
        if (na.isEmpty() || nb.isEmpty()) return 0;
        if (na.equals(nb)) return 1;
        // a shared ending of three letters or more (-isasion, -ment) says nothing about the roots: compare those
        int suffix = 0;
        while (suffix < na.length() && suffix < nb.length()
                && na.charAt(na.length() - 1 - suffix) == nb.charAt(nb.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix >= 3 && na.length() - suffix >= MIN_NORMALIZED && nb.length() - suffix >= MIN_NORMALIZED) {
            na = na.substring(0, na.length() - suffix);
            nb = nb.substring(0, nb.length() - suffix);
        }
        return LCS.apply(na, nb) / (double) Math.max(na.length(), nb.length());
    }

    /**
     * Whether two words of two languages are cognates: neither is a stopword of its language, both
     * have at least {@value #MIN_LENGTH} characters, and the similarity of their forms normalized with
     * their languages' rules is at least {@value #THRESHOLD}.
     */
    public static boolean areCognates(String a, Language la, String b, Language lb) {
        if (!eligible(a, la) || !eligible(b, lb)) return false;
        String na = normalize(a, la);
        String nb = normalize(b, lb);
        if (na.length() < MIN_NORMALIZED || nb.length() < MIN_NORMALIZED) return false;
        return normalizedSimilarity(na, nb) >= THRESHOLD;
    }

    private static boolean eligible(String w, Language lang) {
        String n = Normalizer.normalize(w);
        if (n.codePointCount(0, n.length()) < MIN_LENGTH) return false;
        return !LanguageKit.of(lang).isStopword(n);
    }

    // ------------------------------------------------------------------ building

    /** Builds the index over every document of a corpus. */
    public static CognateIndex build(Corpus corpus) {
        return build(corpus, CognateIndex::mentionTokens);
    }

    /** Builds the index, given the tokens of each document's entity mentions (excluded from the vocabulary). */
    static CognateIndex build(Corpus corpus, java.util.function.Function<Document, BitSet> mentionTokens) {
        // (language, lemma) -> count, and norms seen for each
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        Map<String, Map<String, String>> normToLemma = new TreeMap<>();
        for (Document d : corpus) {
            Language lang = d.language();
            String code = lang.code();
            TokenTable t = d.tokenTable();
            BitSet names = mentionTokens.apply(d);
            Character.UnicodeScript script = mainScript(t);
            Map<String, int[]> c = counts.computeIfAbsent(code, x -> new HashMap<>());
            Map<String, String> n2l = normToLemma.computeIfAbsent(code, x -> new HashMap<>());
            for (int i = 0; i < t.size(); i++) {
                if (!contentWord(t, i, names, script)) continue;
                String lemma = t.lemma(i).toLowerCase(Locale.ROOT);
                c.computeIfAbsent(lemma, x -> new int[1])[0]++;
                n2l.putIfAbsent(t.norm(i), lemma);
                n2l.putIfAbsent(lemma, lemma);
            }
        }
        // entries grouped by normalized form
        Map<String, List<Member>> byNorm = new TreeMap<>();
        for (Map.Entry<String, Map<String, int[]>> e : counts.entrySet()) {
            Language lang = Language.of(e.getKey());
            for (Map.Entry<String, int[]> w : new TreeMap<>(e.getValue()).entrySet()) {
                String nf = normalize(w.getKey(), lang);
                if (nf.length() < MIN_NORMALIZED) continue;
                byNorm.computeIfAbsent(nf, x -> new ArrayList<>()).add(new Member(lang, w.getKey(), w.getValue()[0]));
            }
        }
        // blocks by prefix, greedy by decreasing frequency
        Map<String, List<String>> blocks = new TreeMap<>();
        for (String nf : byNorm.keySet()) blocks.computeIfAbsent(nf.substring(0, Math.min(BLOCK, nf.length())), x -> new ArrayList<>()).add(nf);
        Map<String, CognateClass> classes = new TreeMap<>();
        Map<String, Map<String, String>> byWord = new TreeMap<>();
        Map<String, String> byNormalized = new HashMap<>();
        for (List<String> block : blocks.values()) {
            block.sort(Comparator.comparingInt((String nf) -> -total(byNorm.get(nf))).thenComparing(nf -> nf));
            List<String> reps = new ArrayList<>();
            List<List<String>> members = new ArrayList<>();
            for (String nf : block) {
                int found = -1;
                for (int r = 0; r < reps.size() && found < 0; r++) {
                    if (normalizedSimilarity(reps.get(r), nf) >= THRESHOLD) found = r;
                }
                if (found < 0) {
                    reps.add(nf);
                    members.add(new ArrayList<>(List.of(nf)));
                } else {
                    members.get(found).add(nf);
                }
            }
            for (int r = 0; r < reps.size(); r++) {
                List<Member> ms = new ArrayList<>();
                for (String nf : members.get(r)) ms.addAll(byNorm.get(nf));
                Set<Language> langs = new TreeSet<>(Comparator.comparing(Language::code));
                for (Member m : ms) langs.add(m.language());
                if (langs.size() < 2) continue;
                ms.sort(Comparator.comparing((Member m) -> m.language().code()).thenComparingInt(m -> -m.count())
                        .thenComparing(Member::lemma));
                String id = reps.get(r);
                classes.put(id, new CognateClass(id, List.copyOf(ms), Collections.unmodifiableSet(langs), total(ms)));
                for (String nf : members.get(r)) byNormalized.put(nf, id);
                for (Member m : ms) byWord.computeIfAbsent(m.language().code(), x -> new HashMap<>()).put(m.lemma(), id);
            }
        }
        // the norms (surface forms) of the members
        for (Map.Entry<String, Map<String, String>> e : normToLemma.entrySet()) {
            Map<String, String> w = byWord.get(e.getKey());
            if (w == null) continue;
            for (Map.Entry<String, String> nl : e.getValue().entrySet()) {
                String id = w.get(nl.getValue());
                if (id != null) w.putIfAbsent(nl.getKey(), id);
            }
        }
        Map<String, Map<String, String>> frozen = new HashMap<>();
        byWord.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        Map<String, Set<String>> known = new HashMap<>();
        for (Map.Entry<String, Map<String, String>> e : normToLemma.entrySet()) {
            Set<String> words = new java.util.HashSet<>(e.getValue().keySet());
            words.addAll(e.getValue().values());
            known.put(e.getKey(), Set.copyOf(words));
        }
        return new CognateIndex(Collections.unmodifiableMap(classes), Map.copyOf(frozen), Map.copyOf(byNormalized),
                Map.copyOf(known));
    }

    private static int total(List<Member> ms) {
        int n = 0;
        for (Member m : ms) n += m.count();
        return n;
    }

    /** The tokens covered by entity mentions. */
    private static BitSet mentionTokens(Document d) {
        return mentionTokens(EntityRecognizer.standard().mentions(d), d.tokenTable().size());
    }

    /** The tokens covered by some mention. */
    static BitSet mentionTokens(List<EntityMention> mentions, int tokens) {
        BitSet b = new BitSet(tokens);
        for (EntityMention m : mentions) b.set(m.firstToken(), m.endToken());
        return b;
    }

    /** A content word: not a stopword, long enough, outside entity mentions, letters in the document's main script. */
    private static boolean contentWord(TokenTable t, int i, BitSet names, Character.UnicodeScript script) {
        if (!t.isWord(i) || t.isStopword(i) || names.get(i)) return false;
        String n = t.norm(i);
        if (n.codePointCount(0, n.length()) < MIN_LENGTH) return false;
        boolean letter = false;
        for (int k = 0; k < n.length(); ) {
            int cp = n.codePointAt(k);
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) != script) return false;
                letter = true;
            }
            k += Character.charCount(cp);
        }
        return letter;
    }

    /** The script of most letters of a document's words (a Cyrillic word quoted in a Dutch text is not Dutch). */
    private static Character.UnicodeScript mainScript(TokenTable t) {
        Map<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        for (int i = 0; i < t.size(); i++) {
            if (!t.isWord(i)) continue;
            String n = t.norm(i);
            int cp = n.codePointAt(0);
            if (Character.isLetter(cp)) counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
        }
        Character.UnicodeScript best = Character.UnicodeScript.LATIN;
        int bc = 0;
        for (Map.Entry<Character.UnicodeScript, Integer> e : counts.entrySet()) {
            if (e.getValue() > bc) {
                best = e.getKey();
                bc = e.getValue();
            }
        }
        return best;
    }

    // ------------------------------------------------------------------ queries

    /**
     * The cognate class of a word (a lemma or a surface form, any case) of a language, or null when the
     * word has none: first by the words seen while building, else by the word's normalized form.
     */
    public String classOf(Language lang, String word) {
        String n = Normalizer.normalize(word);
        Map<String, String> w = byWord.get(lang.code());
        if (w != null) {
            String id = w.get(n);
            if (id != null) return id;
        }
        if (known.getOrDefault(lang.code(), Set.of()).contains(n)) return null; // in the vocabulary, in no class
        if (n.codePointCount(0, n.length()) < MIN_LENGTH || LanguageKit.of(lang).isStopword(n)) return null;
        return byNormalized.get(normalize(n, lang));
    }

    /** The class ids, sorted. */
    public Collection<String> classIds() { return classes.keySet(); }

    /** Number of classes. */
    public int size() { return classes.size(); }

    /** The members of a class: by language, then by decreasing count. */
    public List<Member> members(String classId) { return cls(classId).members(); }

    /** The languages of a class (two or more). */
    public Set<Language> languages(String classId) { return cls(classId).languages(); }

    /** The number of occurrences of a class's members in the corpus it was built from. */
    public int frequency(String classId) { return cls(classId).count(); }

    private CognateClass cls(String id) {
        CognateClass c = classes.get(id);
        if (c == null) throw new IllegalArgumentException("no cognate class '" + id + "'");
        return c;
    }

    /**
     * COGNATE anchors of a document: every content word (same filters as the vocabulary, entity
     * mentions excluded) whose lemma has a class; value = class id, one token each, boilerplate as
     * flagged. Weight: 0.3 + 0.15 per language beyond the first, at most 0.6 &mdash; cognates are weaker
     * evidence than names, dates and numbers.
     */
    public List<Anchor> anchors(Document doc) {
        return anchors(doc, mentionTokens(doc));
    }

    /** {@link #anchors(Document)}, given the tokens of the document's entity mentions. */
    List<Anchor> anchors(Document doc, BitSet names) {
        TokenTable t = doc.tokenTable();
        Character.UnicodeScript script = mainScript(t);
        String text = doc.text();
        List<Anchor> out = new ArrayList<>();
        Map<String, String> cache = new HashMap<>(); // lemma -> class id or "" (the layers are interned per document)
        for (int i = 0; i < t.size(); i++) {
            if (!contentWord(t, i, names, script)) continue;
            String lemma = t.lemma(i);
            String norm = t.norm(i);
            String id = cache.computeIfAbsent(lemma + '\u0000' + norm, k -> {
                String c = classOf(doc.language(), lemma);
                if (c == null) c = classOf(doc.language(), norm);
                return c == null ? "" : c;
            });
            if (id.isEmpty()) continue;
            double w = Math.min(0.6, 0.3 + 0.15 * (classes.get(id).languages().size() - 1));
            out.add(new Anchor(doc.id(), AnchorType.COGNATE, id, text.substring(t.start(i), t.end(i)), t.start(i), t.end(i),
                    i, i + 1, w, t.isBoilerplate(i)));
        }
        return Collections.unmodifiableList(out);
    }

    /** A table of the classes by decreasing frequency. */
    @Override
    public String toString() {
        List<CognateClass> cs = new ArrayList<>(classes.values());
        cs.sort(Comparator.comparingInt((CognateClass c) -> -c.count()).thenComparing(CognateClass::id));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("CognateIndex: %d classes%n", cs.size()));
        for (CognateClass c : cs) {
            StringBuilder m = new StringBuilder();
            for (Member x : c.members()) m.append(m.length() > 0 ? ", " : "").append(x.language()).append(':').append(x.lemma());
            sb.append(String.format("  %-22s %4d  %s%n", c.id(), c.count(), m));
        }
        return sb.toString();
    }
}
