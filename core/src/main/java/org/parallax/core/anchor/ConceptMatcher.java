package org.parallax.core.anchor;

import org.parallax.core.Block;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.TokenTable;
import org.parallax.core.TokenType;
import org.parallax.core.text.AnalysisSink;
import org.parallax.core.text.LanguageKit;
import org.parallax.core.text.Lemmatizer;
import org.parallax.core.text.TextAnalyzer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the concepts of a {@link ConceptLexicon} in a document and returns them as
 * {@link AnchorType#CONCEPT} anchors whose value is the concept id, so that {@code culto della
 * personalità}, {@code persoonsverheerlijking} and {@code cult of personality} all give
 * {@code concept:cult_of_personality}.
 *
 * <p>How expressions match:
 * <ul>
 *   <li>Each lexicon expression is analysed once, per language, with the language's
 *       {@link TextAnalyzer} (the same tokenizer, stemmer and lemmatizer as the documents). Its
 *       <em>content words</em> (words that are not stopwords; all words when every word is a
 *       stopword) must appear in the document in the same order.</li>
 *   <li>A document token matches a content word when its lemma equals the word's lemma, or (if the
 *       token is not a stopword) when their normalized forms or one's lemma and the other's form
 *       are equal, or when their Snowball stems are equal (never between a number word of the
 *       language and another word: {@code vier}, four, does not match {@code vieren}, to celebrate, whose
 *       stem it is, and a lexicon word is never read as a form of a number word, as {@code vieren} could be
 *       the plural of {@code vier}; stems of at least {@value #MIN_STEM}
 *       characters, forms differing in length by at most {@value #MAX_STEM_LENGTH_DIFFERENCE}, the same
 *       coarse word class where the lemmatizer knows both: noun, adjective, verb, adverb, proper name;
 *       and, for two words the dictionary knows, endings of at most {@value #MAX_STEM_LENGTH_DIFFERENCE}
 *       characters after the stem: {@code segreta} matches {@code segreto}, {@code opening} does not
 *       match {@code openness}). Comparison is case-insensitive. Verbs in the lexicon are
 *       infinitives and match their inflected forms through the lemma ({@code denunciare} matches
 *       {@code denunciò}).</li>
 *   <li>Between two content words, at most {@value #MAX_GAP} stopwords of the document may intervene
 *       ({@code culto della personalità} matches {@code culto di personalità} and {@code culto della
 *       sua personalità}); anything else breaks the match, and so does a sentence end.</li>
 *   <li>A one-word expression of a concept tagged {@code pos=noun} matches only tokens the
 *       lemmatizer tagged as nouns (or did not know); {@code pos=verb} only verbs and auxiliaries
 *       ({@code freed}, not the adjective {@code free}).</li>
 *   <li>Scanning left to right, at each token the longest match wins (most tokens, then most
 *       content words, then most words matched by lemma or form rather than by stem, then curated
 *       before dictionary entries, then lexicon order); the tokens it covers are consumed, so matches
 *       never overlap ({@code party congress} wins over {@code party} and {@code congress}).</li>
 *   <li>Each token is matched in its block's language ({@link Block#language()}); when the lexicon has
 *       no entries in it, or it is unknown, the document's language is used.</li>
 * </ul>
 * Entries are indexed by the lemma, form and stem of their first content word, so the cost of matching
 * is linear in the number of tokens. Dutch separable verbs split in the sentence ({@code klaagde ...
 * aan}) are not matched.
 *
 * <p>An anchor's weight is {@code 0.5} for one content word, {@code 0.2} more per further content word
 * (at most {@code 1}), times {@code 0.75} for entries from a dictionary.
 *
 * <pre>{@code
 * ConceptMatcher m = ConceptLexicon.standard().matcher();
 * for (Anchor a : m.match(Corpus.seeds().document("nl-destalinisatie"))) {
 *     System.out.println(a.value() + "  " + a.text());
 * }   // destalinization  Destalinisatie, ..., secret_speech  geheime toespraak, ...
 * }</pre>
 *
 * <p>Thread-safe: the per-language indexes are built on first use and never change.
 */
public final class ConceptMatcher {
    /** Most stopwords that may stand between two content words of an expression. */
    public static final int MAX_GAP = 2;
    /** Shortest stem used for a stem match. */
    public static final int MIN_STEM = 4;
    /** Largest difference in length between two forms matched by their stem alone. */
    public static final int MAX_STEM_LENGTH_DIFFERENCE = 2;

    private static final Set<String> FUNCTION_UPOS = Set.of("AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART");
    private static final Set<String> NOUN_UPOS = Set.of("NOUN", "PROPN", "X");
    private static final Set<String> VERB_UPOS = Set.of("VERB", "AUX", "X");

    private final ConceptLexicon lexicon;
    private final Map<Language, LanguageIndex> indexes = new ConcurrentHashMap<>();

    /** A matcher for a lexicon; prefer {@link ConceptLexicon#matcher()}, which shares one per lexicon. */
    public ConceptMatcher(ConceptLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The lexicon. */
    public ConceptLexicon lexicon() { return lexicon; }

    /**
     * One line: the lexicon and the languages indexed so far, with their patterns ({@code
     * ConceptMatcher[ConceptLexicon[...]; indexed: en 1234 patterns]}); indexes are built on first use.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ConceptMatcher[").append(lexicon).append("; indexed: ");
        List<Language> done = new ArrayList<>(indexes.keySet());
        done.sort(java.util.Comparator.comparing(Language::code));
        if (done.isEmpty()) sb.append("none yet");
        for (int i = 0; i < done.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(done.get(i)).append(' ').append(indexes.get(done.get(i)).size()).append(" patterns");
        }
        return sb.append(']').toString();
    }

    /** A content word of an analysed expression. */
    /** A content word of an analysed expression; {@code number}: a number word of the language ({@code vier}). */
    private record Element(String lemma, String norm, String stem, String upos, boolean number) {}

    /** An analysed lexicon entry. */
    private record Pattern(ConceptEntry entry, Element[] elements, String pos, int order, boolean dictionary,
                           double weight) {}

    /** A match of a pattern over tokens {@code [start, end)}. */
    private record Match(Pattern pattern, int start, int end, int exact) {}

    /** The patterns of one language, indexed by the keys (lemma, form, stem) of their first content word. */
    private record LanguageIndex(Map<String, List<Pattern>> byKey, int size, NumberWords numbers) {
        List<Pattern> get(String key) { return byKey.getOrDefault(key, List.of()); }
    }

    /**
     * The concept anchors of a document, in document order (boilerplate included, flagged by
     * {@link Anchor#boilerplate()}).
     */
    public List<Anchor> match(Document doc) {
        TokenTable t = doc.tokenTable();
        List<Block> blocks = doc.blocks();
        LanguageIndex[] perBlock = new LanguageIndex[blocks.size()];
        List<Anchor> out = new ArrayList<>();
        int n = t.size();
        int i = 0;
        while (i < n) {
            int b = t.block(i);
            LanguageIndex idx = perBlock[b];
            if (idx == null) {
                idx = index(languageOf(doc, blocks.get(b)));
                perBlock[b] = idx;
            }
            Match best = idx.size() == 0 ? null : best(idx, t, i);
            if (best == null) {
                i++;
                continue;
            }
            out.add(anchor(doc, t, best));
            i = best.end();
        }
        return Collections.unmodifiableList(out);
    }

    /** The language a block is matched in. */
    private Language languageOf(Document doc, Block block) {
        Language l = block.language();
        if (l == null || l.isUnknown() || lexicon.entries(l).isEmpty()) return doc.language();
        return l;
    }

    /**
     * How many lexicon entries of a language could be analysed into a pattern (entries whose expression
     * has no word, such as a lone punctuation mark, are left out).
     */
    public int patternCount(Language language) { return index(language).size(); }

    private LanguageIndex index(Language language) {
        return indexes.computeIfAbsent(language, this::build);
    }

    private Match best(LanguageIndex idx, TokenTable t, int i) {
        if (!t.isWord(i) && !t.isNumber(i)) return null;
        String lemma = lower(t.lemma(i));
        String norm = t.norm(i);
        String stem = t.stem(i);
        Match best = null;
        best = tryAll(idx.get(lemma), t, i, best, idx.numbers());
        if (!norm.equals(lemma)) best = tryAll(idx.get(norm), t, i, best, idx.numbers());
        if (!stem.equals(lemma) && !stem.equals(norm)) best = tryAll(idx.get(stem), t, i, best, idx.numbers());
        return best;
    }

    private Match tryAll(List<Pattern> candidates, TokenTable t, int i, Match best, NumberWords numbers) {
        for (Pattern p : candidates) {
            if (best != null && best.pattern() == p) continue;
            Match m = tryMatch(p, t, i, numbers);
            if (m != null && (best == null || better(m, best))) best = m;
        }
        return best;
    }

    private static boolean better(Match a, Match b) {
        if (a.end() != b.end()) return a.end() > b.end();
        int la = a.pattern().elements().length;
        int lb = b.pattern().elements().length;
        if (la != lb) return la > lb;
        if (a.exact() != b.exact()) return a.exact() > b.exact();
        if (a.pattern().dictionary() != b.pattern().dictionary()) return !a.pattern().dictionary();
        return a.pattern().order() < b.pattern().order();
    }

    private static Match tryMatch(Pattern p, TokenTable t, int i, NumberWords numbers) {
        Element[] el = p.elements();
        int q = quality(el[0], t, i, el.length == 1 ? p.pos() : null, numbers);
        if (q == 0) return null;
        int exact = q == 2 ? 1 : 0;
        int at = i;
        int sentence = t.sentence(i);
        int n = t.size();
        for (int k = 1; k < el.length; k++) {
            int j = at + 1;
            int gap = 0;
            int found = -1;
            while (j < n && t.sentence(j) == sentence) {
                int qk = quality(el[k], t, j, null, numbers);
                if (qk > 0) {
                    found = j;
                    if (qk == 2) exact++;
                    break;
                }
                if (!t.isStopword(j) || gap == MAX_GAP) break;
                gap++;
                j++;
            }
            if (found < 0) return null;
            at = found;
        }
        return new Match(p, i, at + 1, exact);
    }

    /** 2: matched by lemma or form; 1: by stem; 0: no match. */
    private static int quality(Element e, TokenTable t, int i, String pos, NumberWords numbers) {
        if (!t.isWord(i) && !t.isNumber(i)) return 0;
        String upos = t.upos(i);
        if (pos != null && upos != null) {
            if (pos.equals("noun") && !NOUN_UPOS.contains(upos)) return 0;
            if (pos.equals("verb") && !VERB_UPOS.contains(upos)) return 0;
        }
        String lemma = lower(t.lemma(i));
        if (lemma.equals(e.lemma())) return 2;
        if (t.isStopword(i)) return 0;
        String norm = t.norm(i);
        if (norm.equals(e.norm()) || lemma.equals(e.norm()) || norm.equals(e.lemma())) return 2;
        // a number word shares a stem with no other word: vier (four) is not vieren (to celebrate)
        if (isNumberWord(numbers, norm) != e.number()) return 0;
        String stem = t.stem(i);
        if (e.stem().length() >= MIN_STEM && stem.equals(e.stem())
                && Math.abs(norm.length() - e.norm().length()) <= MAX_STEM_LENGTH_DIFFERENCE
                && sameWordClass(upos, e.upos())
                && (!known(upos) || !known(e.upos())
                    || norm.length() - stem.length() <= MAX_STEM_LENGTH_DIFFERENCE
                       && e.norm().length() - e.stem().length() <= MAX_STEM_LENGTH_DIFFERENCE)) {
            return 1;
        }
        return 0;
    }

    /**
     * Whether two POS guesses are compatible for a stem match: the same coarse class (noun, adjective,
     * verb, adverb, proper name), or either unknown. Keeps "parlando" from "parlamento", "nieuwe" from
     * "nieuws" and "Russia" from "russo".
     */
    private static boolean sameWordClass(String a, String b) {
        int ca = wordClass(a);
        int cb = wordClass(b);
        return ca == 0 || cb == 0 || ca == cb;
    }

    /** Whether the lemmatizer knew the word (a dictionary reading, not a guess for an unknown or proper name). */
    private static boolean known(String upos) {
        int c = wordClass(upos);
        return c != 0 && c != 5;
    }

    private static int wordClass(String upos) {
        if (upos == null) return 0;
        return switch (upos) {
            case "NOUN", "NUM" -> 1;
            case "ADJ" -> 2;
            case "VERB", "AUX" -> 3;
            case "ADV" -> 4;
            case "PROPN" -> 5;
            case "X" -> 0;
            default -> 6;
        };
    }

    /** Whether a normalized word is a number word (cardinal or ordinal) of the language. */
    private static boolean isNumberWord(NumberWords numbers, String norm) {
        return numbers != null && numbers.parse(norm) != null;
    }

    private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }

    private static Anchor anchor(Document doc, TokenTable t, Match m) {
        int start = t.start(m.start());
        int end = t.end(m.end() - 1);
        return new Anchor(doc.id(), AnchorType.CONCEPT, m.pattern().entry().concept(), doc.text(start, end), start, end,
                m.start(), m.end(), m.pattern().weight(), t.isBoilerplate(m.start()));
    }

    // ---------------------------------------------------------------- index

    private LanguageIndex build(Language language) {
        List<ConceptEntry> entries = lexicon.entries(language);
        if (entries.isEmpty()) return new LanguageIndex(Map.of(), 0, null);
        NumberWords numbers = AnchorLexicon.of(language).numberWords();
        LanguageKit kit = LanguageKit.of(language.isSupported() ? language : Language.UNKNOWN);
        TextAnalyzer analyzer = new TextAnalyzer(kit);
        Lemmatizer lemmatizer = kit.hasDictionary() ? kit.newLemmatizer() : null;
        Map<String, List<Pattern>> byKey = new HashMap<>();
        int order = 0;
        for (ConceptEntry e : entries) {
            Element[] el = analyse(e.expression(), analyzer, lemmatizer, numbers);
            if (el.length == 0) continue;
            double w = Math.min(1.0, 0.5 + 0.2 * (el.length - 1)) * (e.fromDictionary() ? 0.75 : 1.0);
            Pattern p = new Pattern(e, el, e.tags().get("pos"), order++, e.fromDictionary(), w);
            Set<String> keys = new LinkedHashSet<>(List.of(el[0].lemma(), el[0].norm(), el[0].stem()));
            for (String k : keys) byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
        }
        byKey.replaceAll((k, v) -> List.copyOf(v));
        return new LanguageIndex(Map.copyOf(byKey), order, numbers);
    }

    /** The content words of an expression. */
    private static Element[] analyse(String expression, TextAnalyzer analyzer, Lemmatizer lemmatizer, NumberWords numbers) {
        Collector c = new Collector(expression);
        analyzer.analyze(expression, 0, expression.length(), c);
        boolean anyContent = false;
        for (int k = 0; k < c.norms.size(); k++) if (!c.stops.get(k)) anyContent = true;
        List<Element> out = new ArrayList<>();
        for (int k = 0; k < c.norms.size(); k++) {
            if (anyContent && c.stops.get(k)) continue;
            String lemma = c.lemmas.get(k);
            String upos = c.upos.get(k);
            if (lemmatizer != null && upos != null && FUNCTION_UPOS.contains(upos)) {
                // a content word of the lexicon read as a function word ("era" as a form of "essere"):
                // take its content reading
                List<Lemmatizer.Analysis> content = new ArrayList<>();
                for (Lemmatizer.Analysis a : lemmatizer.analyses(c.surfaces.get(k))) {
                    if (!FUNCTION_UPOS.contains(a.upos())) content.add(a);
                }
                Lemmatizer.Analysis a = Lemmatizer.choose(content, null, false);
                if (a != null) {
                    lemma = a.lemma();
                    upos = a.upos();
                }
            }
            boolean number = isNumberWord(numbers, c.norms.get(k));
            if (!number && isNumberWord(numbers, lower(lemma))) {
                // a word of the lexicon read as a form of a number word ("vieren", to celebrate, as the plural
                // of "vier", four): take another reading, else the word itself
                List<Lemmatizer.Analysis> other = new ArrayList<>();
                if (lemmatizer != null) {
                    for (Lemmatizer.Analysis a : lemmatizer.analyses(c.surfaces.get(k))) {
                        if (!FUNCTION_UPOS.contains(a.upos()) && !isNumberWord(numbers, lower(a.lemma()))) other.add(a);
                    }
                }
                Lemmatizer.Analysis a = Lemmatizer.choose(other, null, false);
                lemma = a != null ? a.lemma() : c.norms.get(k);
                upos = a != null ? a.upos() : null;
            }
            out.add(new Element(lower(lemma), c.norms.get(k), c.stems.get(k), upos, number));
        }
        return out.toArray(new Element[0]);
    }

    /** Collects the words and numbers of an analysed expression. */
    private static final class Collector implements AnalysisSink {
        private final String text;
        final List<String> surfaces = new ArrayList<>();
        final List<String> norms = new ArrayList<>();
        final List<String> stems = new ArrayList<>();
        final List<String> lemmas = new ArrayList<>();
        final List<String> upos = new ArrayList<>();
        final List<Boolean> stops = new ArrayList<>();

        Collector(String text) { this.text = text; }

        @Override
        public void token(int start, int end, TokenType type, int flags, double value, String norm, String stem, String lemma,
                          String up, boolean stopword, boolean spaceAfter) {
            if (type != TokenType.WORD && type != TokenType.NUMBER) return;
            surfaces.add(text.substring(start, end));
            norms.add(norm);
            stems.add(stem);
            lemmas.add(lemma);
            upos.add(up);
            stops.add(stopword);
        }

        @Override
        public void sentenceEnd() {}
    }
}
