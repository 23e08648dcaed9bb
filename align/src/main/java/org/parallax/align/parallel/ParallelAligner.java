package org.parallax.align.parallel;

import org.parallax.align.Evidence;
import org.parallax.core.AnalysisOptions;
import org.parallax.core.Document;
import org.parallax.core.DocumentAnalyzer;
import org.parallax.core.Language;
import org.parallax.core.TokenType;
import org.parallax.core.anchor.BilingualDictionary;
import org.parallax.core.anchor.ConceptLexicon;
import org.parallax.core.anchor.ConceptMatcher;
import org.parallax.core.text.AnalysisSink;
import org.parallax.core.text.TextAnalyzer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sentence alignment of translations: a monotonic alignment of the units of two texts into beads of
 * 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 units, by dynamic programming over a cost that combines the
 * Gale-Church length model with lexical evidence, computed in a band around the diagonal so that time
 * and memory grow linearly with the length of the texts.
 *
 * <h2>The cost of a bead</h2>
 * In nats, lower is better: {@code prior(type) + length(type) - lexicalWeight * lexicalDice -
 * anchorWeight * anchorDice}.
 * <ul>
 * <li><b>Prior</b>: {@code ln(P(1-1) / P(type))} with Gale and Church's (1993) published probabilities
 *     P(1-1) = 0.89, P(1-0) = P(0-1) = 0.0099, P(2-1) = P(1-2) = 0.089, P(2-2) = 0.011, i.e. the penalties
 *     0, 4.50, 2.30 and 4.39 of their program.</li>
 * <li><b>Length</b>: Gale and Church's {@code -ln(2 (1 - Phi(|z|)))} with {@code z = (c ls - lt) /
 *     sqrt(s2 (ls + lt / c) / 2)} over the characters of the two sides (trimmed), with their published
 *     variance {@code s2 = 6.8}; {@code c}, the expected number of target characters per source
 *     character, is set with {@link Builder#lengthRatio} or estimated ({@link LengthRatio}): the ratio of the
 *     two texts' total lengths, or Gale and Church's published 1 when the numbers of units differ by more
 *     than the bead priors explain (one text then holds material the other lacks, which that ratio would
 *     measure); after the first pass it is re-estimated from the pass's 1-1 beads, and the pass redone with
 *     it when it differs by more than 10 % and three standard errors (at most three times).
 *     A bead with an empty side has no length cost, only its prior: its units' lengths are explained by
 *     the marginal length distribution, which is the same on every path (Gale and Church charge it their
 *     {@code match(l, 0)}, which grows with the sentence and makes a long deleted sentence cheaper to merge
 *     into a neighbour than to leave out).</li>
 * <li><b>Lexical Dice</b>: {@code 2 k / (a + b)} where {@code a} and {@code b} are the numbers of distinct
 *     content words (stems, stopwords left out) of the two sides and {@code k} the number of translation
 *     pairs they share (at most 1), from the dictionary learned in the first pass and the user's
 *     {@link BilingualDictionary}.</li>
 * <li><b>Anchor Dice</b>: the same over cross-lingual anchors, weighted: numbers and ordinals (with number
 *     words), concepts of the {@link ConceptLexicon} matched in each text, names (capitalized words whose
 *     transliteration keys are equal or close by Jaro-Winkler on both sides) and cognates (content words
 *     sharing the first four letters of their normalized forms, Simard et al. 1992). Only anchors that
 *     occur on both sides count.</li>
 * </ul>
 *
 * <h2>Very unequal sides</h2>
 * When the numbers of units differ by more than the bead priors explain (about 1.18 times), the bead that
 * leaves out a unit of the longer side costs {@code ln(short / (long - short))} when that is below its
 * prior's, and the first band starts {@code |n - m|} units wider ({@link UnequalSides}): one verse against
 * thirty links to its own verse, a text with a 300-verse preface aligns past it.
 *
 * <h2>Two passes</h2>
 * As hunalign's {@code -realign}: the first pass aligns by length and anchors (and the user's dictionary,
 * if any); the confident 1-1 beads of that alignment (1-1 beads between 1-1 beads, with a small length cost)
 * give co-occurrence counts of source and target words, from which a translation dictionary is learned
 * (Dice's coefficient; at least {@code minCount} co-occurrences, Dice at least {@code minDice}, the
 * {@code topK} strongest pairs per word); the second pass realigns with it.
 *
 * <h2>The band</h2>
 * The first pass computes each row {@code i} of the DP for target positions within {@link Builder#band(int) w}
 * units of the diagonal implied by the length ratio (where the target's cumulative length reaches the
 * source's); the second pass within {@code w} units of the first pass's path (its first to last cell in each
 * row). Back-pointers take one byte per band cell and scores three rolling rows, so time and memory are
 * {@code O(n w)}. If the best path comes within two units of the band's edge, the band is doubled and the
 * pass repeated ({@link ParallelAlignment.Stats#widenings()}); this is a heuristic: a band can still hide a
 * better path that leaves it far from where the found path runs. {@code band(Integer.MAX_VALUE)} (or
 * {@link Builder#fullDp()}) computes both passes over the full matrix: quadratic, the baseline of the
 * benchmark.
 *
 * <pre>{@code
 * ParallelAligner aligner = ParallelAligner.builder().unit(Unit.LINE).build();
 * ParallelAlignment a = aligner.align(Document.of("it", Language.IT, italian), Document.of("en", Language.EN, english));
 * a.links();                                  // one Link per bead with two non-empty sides
 * ParallelAlignment b = aligner.align(List.of("Uno.", "Due."), List.of("One.", "Two."));
 * }</pre>
 *
 * <p>Immutable and thread-safe: every call works on its own state.
 */
public final class ParallelAligner {
    /** Gale and Church's variance of target characters per source character. */
    public static final double GALE_CHURCH_S2 = 6.8;
    /** Gale and Church's expected target characters per source character. */
    public static final double GALE_CHURCH_C = 1.0;
    /** Gale and Church's prior of a 1-1 bead. */
    public static final double P_11 = 0.89;
    /** Gale and Church's prior of a 1-0 or a 0-1 bead. */
    public static final double P_10 = 0.0099;
    /** Gale and Church's prior of a 2-1 or a 1-2 bead. */
    public static final double P_21 = 0.089;
    /** Gale and Church's prior of a 2-2 bead. */
    public static final double P_22 = 0.011;
    /** Default half-width of the band, in units. */
    public static final int DEFAULT_BAND = 64;
    /** Default weight of the lexical Dice, in nats. */
    public static final double DEFAULT_LEXICAL_WEIGHT = 15.0;
    /** Default weight of the anchor Dice, in nats. */
    public static final double DEFAULT_ANCHOR_WEIGHT = 3.0;
    /** Segments per chunk document when plain segment lists are analysed. */
    static final int CHUNK = 2000;

    private final Unit unit;
    private final int band;
    private final double lengthRatio;
    private final double variance;
    private final double[] penalty;
    private final double countRatioLimit;
    private final double lexicalWeight;
    private final double anchorWeight;
    private final boolean realign;
    private final boolean names;
    private final boolean cognates;
    private final boolean numbers;
    private final ConceptLexicon concepts;
    private final BilingualDictionary dictionary;
    private final Language sourceLanguage;
    private final Language targetLanguage;
    private final int maxTraining;
    private final int minCount;
    private final double minDice;
    private final int topK;

    private ParallelAligner(Builder b) {
        this.unit = b.unit;
        this.band = b.band;
        this.lengthRatio = b.lengthRatio;
        this.variance = b.variance;
        this.penalty = new double[7];
        penalty[Model.T11] = 0;
        penalty[Model.T10] = penalty[Model.T01] = Math.log(b.p11 / b.p10);
        penalty[Model.T21] = penalty[Model.T12] = Math.log(b.p11 / b.p21);
        penalty[Model.T22] = Math.log(b.p11 / b.p22);
        this.countRatioLimit = LengthRatio.countRatioLimit(b.p11, b.p10, b.p21, b.p22);
        this.lexicalWeight = b.lexicalWeight;
        this.anchorWeight = b.anchorWeight;
        this.realign = b.realign;
        this.names = b.names;
        this.cognates = b.cognates;
        this.numbers = b.numbers;
        this.concepts = b.concepts;
        this.dictionary = b.dictionary;
        this.sourceLanguage = b.sourceLanguage;
        this.targetLanguage = b.targetLanguage;
        this.maxTraining = b.maxTraining;
        this.minCount = b.minCount;
        this.minDice = b.minDice;
        this.topK = b.topK;
    }

    /** A builder with the defaults. */
    public static Builder builder() { return new Builder(); }

    /** The unit aligned in documents. */
    public Unit unit() { return unit; }

    /** The band's initial half-width in units. */
    public int band() { return band; }

    /** "ParallelAligner: sentence units, band 64, realign (learned dictionary), dictionary it-en (120 headwords)" (the main settings). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ParallelAligner: ").append(unit.toString().toLowerCase(java.util.Locale.ROOT))
                .append(" units, band ").append(band).append(realign ? ", realign (learned dictionary)" : ", no realign");
        if (dictionary != null) sb.append(", dictionary ").append(dictionary.name()).append(" (").append(dictionary.size()).append(" headwords)");
        boolean known = sourceLanguage != null && !sourceLanguage.isUnknown() || targetLanguage != null && !targetLanguage.isUnknown();
        if (known) {
            sb.append(", languages ").append(sourceLanguage == null ? "?" : sourceLanguage.code()).append('-')
                    .append(targetLanguage == null ? "?" : targetLanguage.code());
        }
        return sb.toString();
    }

    /**
     * Aligns two documents: their content sentences, or their lines with {@link Unit#LINE}; blank ones (nothing
     * but white space, U+00A0 and U+3000 included) are left out.
     *
     * @throws NullPointerException     if a document is null
     * @throws IllegalArgumentException if both are the same document (the same id)
     */
    public ParallelAlignment align(Document source, Document target) {
        Objects.requireNonNull(source, "source document");
        Objects.requireNonNull(target, "target document");
        if (source.id().equals(target.id())) {
            throw new IllegalArgumentException("source and target are the same document '" + source.id()
                    + "': a parallel alignment links two different documents");
        }
        long t0 = System.nanoTime();
        Units us = Units.of(source, unit);
        Units ut = Units.of(target, unit);
        AnchorSpace space = new AnchorSpace();
        ConceptMatcher matcher = concepts == null || concepts.size() == 0 ? null : concepts.matcher();
        Side s = new Side(us);
        Side t = new Side(ut);
        s.collect(source, us.start, us.end, 0, matcher, space, numbers);
        t.collect(target, ut.start, ut.end, 0, matcher, space, numbers);
        return run(s, t, space, null, t0);
    }

    /**
     * Aligns two lists of segments (one unit each), with the languages of {@link Builder#languages} and the
     * document ids {@code source} and {@code target}; each passage's lines are the 1-based positions in the
     * list and its offsets those of the segments joined by line breaks. Blank segments (nothing but white
     * space, U+00A0 and U+3000 included) are not units: they keep their place in the line numbering only.
     *
     * @throws NullPointerException if a list or a segment is null
     */
    public ParallelAlignment align(List<String> source, List<String> target) {
        return align("source", sourceLanguage, source, "target", targetLanguage, target);
    }

    /**
     * Aligns two lists of segments with their document ids and languages ({@link Language#UNKNOWN}: detected
     * from the first segments).
     *
     * @throws NullPointerException     if an argument or a segment is null
     * @throws IllegalArgumentException if the two ids are the same
     */
    public ParallelAlignment align(String sourceId, Language sourceLang, List<String> source, String targetId,
                                   Language targetLang, List<String> target) {
        Objects.requireNonNull(sourceId, "source id");
        Objects.requireNonNull(targetId, "target id");
        Objects.requireNonNull(source, "source segments");
        Objects.requireNonNull(target, "target segments");
        Objects.requireNonNull(sourceLang, "source language");
        Objects.requireNonNull(targetLang, "target language");
        if (sourceId.equals(targetId)) {
            throw new IllegalArgumentException("source and target have the same id '" + sourceId + "'");
        }
        long t0 = System.nanoTime();
        DocumentAnalyzer analyzer = DocumentAnalyzer.create(
                AnalysisOptions.defaults().withParagraphLanguages(false).withLemmas(concepts != null && concepts.size() > 0));
        Units us = Units.of(sourceId, detect(analyzer, sourceLang, source), source);
        Units ut = Units.of(targetId, detect(analyzer, targetLang, target), target);
        AnchorSpace space = new AnchorSpace();
        ConceptMatcher matcher = concepts == null || concepts.size() == 0 ? null : concepts.matcher();
        Side s = new Side(us);
        Side t = new Side(ut);
        collectSegments(analyzer, s, matcher, space);
        collectSegments(analyzer, t, matcher, space);
        return run(s, t, space, analyzer, t0);
    }

    private static Language detect(DocumentAnalyzer analyzer, Language lang, List<String> segments) {
        if (!lang.isUnknown() || segments.isEmpty()) return lang;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < segments.size() && sb.length() < 20_000; i++) sb.append(segments.get(i)).append("\n\n");
        return analyzer.detectDocumentLanguage(sb.toString());
    }

    /** Analyses the segments in chunk documents (one segment per line) and collects their features. */
    private void collectSegments(DocumentAnalyzer analyzer, Side side, ConceptMatcher matcher, AnchorSpace space) {
        Units units = side.units;
        int n = units.n;
        for (int base = 0; base < n; base += CHUNK) {
            int k = Math.min(CHUNK, n - base);
            StringBuilder sb = new StringBuilder();
            int[] st = new int[k], en = new int[k];
            for (int u = 0; u < k; u++) {
                if (u > 0) sb.append('\n');
                st[u] = sb.length();
                String x = units.text(base + u);
                for (int c = 0; c < x.length(); c++) {
                    char ch = x.charAt(c);
                    sb.append(ch == '\n' || ch == '\r' ? ' ' : ch);
                }
                en[u] = sb.length();
            }
            Document d = analyzer.analyze(side.units.doc + "#" + base, side.units.language, sb.toString());
            side.collect(d, st, en, base, matcher, space, numbers);
        }
    }

    /** Both passes and the output; {@code analyzer} (null: made when needed) stems the user's dictionary. */
    private ParallelAlignment run(Side s, Side t, AnchorSpace space, DocumentAnalyzer analyzer, long t0) {
        space.finish(s, t, names, cognates);
        s.buildWords();
        t.buildWords();
        s.trimTokens();
        t.trimTokens();
        boolean estimated = Double.isNaN(lengthRatio);
        double c = estimated ? LengthRatio.initial(s.length, t.length, countRatioLimit) : lengthRatio;
        Dictionary user = new Dictionary(s.stems.size(), t.stems.size());
        if (dictionary != null) {
            addUserDictionary(analyzer != null ? analyzer
                    : DocumentAnalyzer.create(AnalysisOptions.defaults().withParagraphLanguages(false)), s, t, user);
        }
        int[] ns = Dictionary.contentCounts(s), nt = Dictionary.contentCounts(t);
        UnequalSides sides = UnequalSides.of(s.n, t.n, countRatioLimit);
        double[] pen = sides.penalties(penalty);
        Model m1 = firstPassModel(c, pen, s, t, space, user, ns, nt);
        BandedDp.Path p = BandedDp.align(m1, sides.band(band));
        long cells = p.cells();
        int widenings = p.widenings();
        int width = p.halfWidth();
        // an estimated ratio is re-estimated from the pass's 1-1 beads; the pass is redone when it moved markedly
        for (int round = 0; estimated && round < LengthRatio.MAX_REALIGNMENTS; round++) {
            double[] e = LengthRatio.fromOneToOneBeads(p, s.length, t.length);
            if (e == null || !LengthRatio.differsMarkedly(c, e[0], e[1], variance)) break;
            c = e[0];
            m1 = firstPassModel(c, pen, s, t, space, user, ns, nt);
            p = BandedDp.align(m1, sides.band(band));
            cells += p.cells();
            widenings += p.widenings();
            width = Math.max(width, p.halfWidth());
        }
        Model model = m1;
        Dictionary used = user;
        int passes = 1;
        int training = 0;
        if (realign && lexicalWeight > 0) {
            Dictionary d = new Dictionary(s.stems.size(), t.stems.size());
            for (int k = 0; k < user.size(); k++) d.add(user.pairs.get(k)[0], user.pairs.get(k)[1], user.strength.get(k));
            d.learn(s, t, p, m1, maxTraining, minCount, minDice, topK);
            training = d.trainingBeads;
            if (d.size() > 0) {
                Model m2 = new Model(s.length, t.length, c, variance, pen);
                if (m1.ancS != null) m2.anchors(m1.ancS, m1.ancT, m1.wS, m1.wT, m1.ancWeight, m1.anchorWeight);
                lexical(m2, d, s, t, ns, nt);
                // the second pass: a band around the first pass's path (the full matrix for the full DP)
                p = BandedDp.align(m2, band, band == Integer.MAX_VALUE ? null : p);
                cells += p.cells();
                widenings += p.widenings();
                width = Math.max(width, p.halfWidth());
                model = m2;
                used = d;
                passes = 2;
            }
        }
        List<Bead> beads = beads(p, model, s, t, space, used);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        ParallelAlignment.Stats stats = new ParallelAlignment.Stats(s.n, t.n, c, passes, width, widenings,
                cells, training, used.size(), millis);
        return new ParallelAlignment(s.units, t.units, beads, stats, dictionary(used, s, t));
    }

    /** The model of the first pass: lengths with ratio {@code c}, anchors, and the user's dictionary if any. */
    private Model firstPassModel(double c, double[] pen, Side s, Side t, AnchorSpace space, Dictionary user, int[] ns,
                                 int[] nt) {
        Model m = new Model(s.length, t.length, c, variance, pen);
        if (anchorWeight > 0 && space.size() > 0) {
            m.anchors(s.anchors, t.anchors, s.anchorWeight, t.anchorWeight, space.weights(), anchorWeight);
        }
        if (user.size() > 0 && lexicalWeight > 0) lexical(m, user, s, t, ns, nt);
        return m;
    }

    /** The translation pairs of the last pass as words (each stem's most frequent form), strongest first. */
    private static BilingualDictionary dictionary(Dictionary used, Side s, Side t) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int[] p : used.pairs) m.computeIfAbsent(s.form(p[0]), k -> new ArrayList<>()).add(t.form(p[1]));
        return BilingualDictionary.of("learned from " + s.units.doc + " ~ " + t.units.doc, s.units.language,
                t.units.language, m);
    }

    private void lexical(Model m, Dictionary d, Side s, Side t, int[] ns, int[] nt) {
        m.lexical(d.channel(s, true), d.channel(t, false), ns, nt, lexicalWeight);
    }

    private List<Bead> beads(BandedDp.Path p, Model model, Side s, Side t, AnchorSpace space, Dictionary d) {
        List<Bead> out = new ArrayList<>(p.beads());
        for (int b = 0; b < p.beads(); b++) {
            int i0 = p.i()[b], i1 = p.i()[b + 1], j0 = p.j()[b], j1 = p.j()[b + 1];
            double cost = model.cost(i0, i1, j0, j1);
            List<Evidence> ev = i0 < i1 && j0 < j1 ? evidence(model, i0, i1, j0, j1, s, t, space, d) : List.of();
            out.add(new Bead(i0, i1, j0, j1, cost == 0 ? 0 : -cost, ev));
        }
        return out;
    }

    /**
     * The shared anchors and translation pairs of a bead, strongest first, at most 8; each quoted as its first
     * occurrence in the bead's own units on each side.
     */
    private static List<Evidence> evidence(Model m, int i0, int i1, int j0, int j1, Side s, Side t, AnchorSpace space,
                                           Dictionary d) {
        // the candidates first (anchor ids, then pair ids as -1 - id), strongest first; quoted only when kept
        List<double[]> cand = new ArrayList<>();
        if (m.ancS != null) {
            int[] a = union(m.ancS, i0, i1), b = union(m.ancT, j0, j1);
            for (int id : shared(a, b)) cand.add(new double[] {m.ancWeight[id], id});
        }
        if (m.lexS != null) {
            int[] a = union(m.lexS, i0, i1), b = union(m.lexT, j0, j1);
            for (int id : shared(a, b)) cand.add(new double[] {d.strength.get(id), -1 - id});
        }
        cand.sort((x, y) -> Double.compare(y[0], x[0]));
        List<Evidence> ev = new ArrayList<>(Math.min(8, cand.size()));
        for (double[] c : cand) {
            if (ev.size() == 8) break;
            int id = (int) c[1];
            if (id >= 0) {
                ev.add(new Evidence(space.types.get(id), space.values.get(id), s.anchorText(id, i0, i1),
                        t.anchorText(id, j0, j1), c[0]));
            } else {
                int[] pair = d.pairs.get(-1 - id);
                int x = pair[0], y = pair[1];
                ev.add(new Evidence(null, s.stems.strings.get(x) + "=" + t.stems.strings.get(y),
                        s.stemText(x, i0, i1), t.stemText(y, j0, j1), c[0]));
            }
        }
        return ev;
    }

    private static int[] union(int[][] rows, int from, int to) {
        if (to - from == 1) return rows[from];
        int k = 0;
        for (int u = from; u < to; u++) k += rows[u].length;
        int[] all = new int[k];
        k = 0;
        for (int u = from; u < to; u++) {
            System.arraycopy(rows[u], 0, all, k, rows[u].length);
            k += rows[u].length;
        }
        return Side.sortedDistinct(all, k);
    }

    private static int[] shared(int[] a, int[] b) {
        int[] out = new int[Math.min(a.length, b.length)];
        int x = 0, y = 0, k = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                out[k++] = a[x];
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** Maps the user's dictionary onto the stems of the two texts. */
    private void addUserDictionary(DocumentAnalyzer analyzer, Side s, Side t, Dictionary out) {
        boolean forward;
        if (dictionary.source().equals(s.units.language) && dictionary.target().equals(t.units.language)) {
            forward = true;
        } else if (dictionary.source().equals(t.units.language) && dictionary.target().equals(s.units.language)) {
            forward = false;
        } else {
            throw new IllegalArgumentException("the dictionary is " + dictionary.source() + "-" + dictionary.target()
                    + " but the texts are " + s.units.language + " and " + t.units.language);
        }
        TextAnalyzer ha = analyzer.textAnalyzer(dictionary.source());
        TextAnalyzer ta = analyzer.textAnalyzer(dictionary.target());
        Side hs = forward ? s : t, ts = forward ? t : s;
        for (String head : dictionary.headwords()) {
            int[] hx = stems(ha, head, hs);
            if (hx.length != 1) continue;
            for (String tr : dictionary.translations(head)) {
                int[] tx = stems(ta, tr, ts);
                if (tx.length != 1) continue;
                if (forward) out.add(hx[0], tx[0], 1.0);
                else out.add(tx[0], hx[0], 1.0);
            }
        }
    }

    /** The vocabulary ids of the content stems of a dictionary word (empty when one is unknown in the text). */
    private static int[] stems(TextAnalyzer a, String word, Side side) {
        List<String> found = new ArrayList<>();
        a.analyze(word, 0, word.length(), new AnalysisSink() {
            @Override
            public void token(int start, int end, TokenType type, int flags, double value, String norm, String stem,
                              String lemma, String upos, boolean stopword, boolean spaceAfter) {
                if (type == TokenType.WORD && !stopword) found.add(stem == null || stem.isEmpty() ? norm : stem);
            }

            @Override
            public void sentenceEnd() {}
        });
        int[] ids = new int[found.size()];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = side.stems.lookup(found.get(k));
            if (ids[k] < 0) return new int[0];
        }
        return ids;
    }

    /**
     * Settings of a {@link ParallelAligner}; every setting has a documented default.
     *
     * <pre>{@code
     * ParallelAligner a = ParallelAligner.builder()
     *     .unit(Unit.LINE)             // one unit per non-empty line (default: content sentences)
     *     .band(100)                   // half-width of the DP band in units (default 64; widened when touched)
     *     .dictionary(itEn)            // a BilingualDictionary on top of the learned one
     *     .build();
     * }</pre>
     */
    public static final class Builder {
        private Unit unit = Unit.SENTENCE;
        private int band = DEFAULT_BAND;
        private double lengthRatio = Double.NaN;
        private double variance = GALE_CHURCH_S2;
        private double p11 = P_11, p10 = P_10, p21 = P_21, p22 = P_22;
        private double lexicalWeight = DEFAULT_LEXICAL_WEIGHT;
        private double anchorWeight = DEFAULT_ANCHOR_WEIGHT;
        private boolean realign = true;
        private boolean names = true;
        private boolean cognates = true;
        private boolean numbers = true;
        private ConceptLexicon concepts = ConceptLexicon.standard();
        private BilingualDictionary dictionary;
        private Language sourceLanguage = Language.UNKNOWN;
        private Language targetLanguage = Language.UNKNOWN;
        private int maxTraining = 20_000;
        private int minCount = 2;
        private double minDice = 0.3;
        private int topK = 3;

        private Builder() {}

        /** The unit aligned in documents (default {@link Unit#SENTENCE}). */
        public Builder unit(Unit u) { this.unit = Objects.requireNonNull(u, "unit"); return this; }

        /**
         * The half-width of the DP band in units (default {@value #DEFAULT_BAND}; at least 1); the band is
         * doubled when the best path touches its edge. {@link Integer#MAX_VALUE} computes the full DP.
         */
        public Builder band(int halfWidth) {
            if (halfWidth < 1) throw new IllegalArgumentException("band half-width must be at least 1: " + halfWidth);
            this.band = halfWidth;
            return this;
        }

        /** No band: the full quadratic DP (for comparison; memory grows with the product of the lengths). */
        public Builder fullDp() { this.band = Integer.MAX_VALUE; return this; }

        /**
         * Gale and Church's {@code c}, target characters per source character, used as it is in every pass
         * (default: estimated from the texts and re-estimated after the first pass, see the class
         * documentation; {@link #GALE_CHURCH_C} is their published value). NaN restores the default.
         *
         * @throws IllegalArgumentException unless {@code c} is positive and finite (or NaN)
         */
        public Builder lengthRatio(double c) {
            if (!Double.isNaN(c) && !(c > 0 && c < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("length ratio must be a positive finite number: " + c);
            }
            this.lengthRatio = c;
            return this;
        }

        /** Gale and Church's variance per character {@code s2} (default {@value #GALE_CHURCH_S2}). */
        public Builder variance(double s2) {
            if (!(s2 > 0)) throw new IllegalArgumentException("variance must be positive: " + s2);
            this.variance = s2;
            return this;
        }

        /**
         * The bead priors (default Gale and Church's 0.89, 0.0099, 0.089, 0.011): of a 1-1 bead, of a 1-0 or
         * 0-1 bead, of a 2-1 or 1-2 bead, of a 2-2 bead. They need not sum to 1: only their ratios to
         * {@code p11} are used.
         */
        public Builder priors(double p11, double p10, double p21, double p22) {
            for (double p : new double[] {p11, p10, p21, p22}) {
                if (!(p > 0)) throw new IllegalArgumentException("priors must be positive: " + p);
            }
            this.p11 = p11;
            this.p10 = p10;
            this.p21 = p21;
            this.p22 = p22;
            return this;
        }

        /** The weight of the lexical Dice in nats (default {@value #DEFAULT_LEXICAL_WEIGHT}; 0 turns it off). */
        public Builder lexicalWeight(double w) {
            if (!(w >= 0)) throw new IllegalArgumentException("lexical weight must be >= 0: " + w);
            this.lexicalWeight = w;
            return this;
        }

        /** The weight of the anchor Dice in nats (default {@value #DEFAULT_ANCHOR_WEIGHT}; 0 turns anchors off). */
        public Builder anchorWeight(double w) {
            if (!(w >= 0)) throw new IllegalArgumentException("anchor weight must be >= 0: " + w);
            this.anchorWeight = w;
            return this;
        }

        /** Whether to learn a dictionary from the first pass and realign with it (default true). */
        public Builder realign(boolean on) { this.realign = on; return this; }

        /** Whether names are anchors (default true). */
        public Builder names(boolean on) { this.names = on; return this; }

        /** Whether cognates are anchors (default true). */
        public Builder cognates(boolean on) { this.cognates = on; return this; }

        /** Whether numbers and ordinals are anchors (default true). */
        public Builder numbers(boolean on) { this.numbers = on; return this; }

        /**
         * The concept lexicon matched in each text (default {@link ConceptLexicon#standard()};
         * {@link ConceptLexicon#empty()} turns concepts off).
         */
        public Builder concepts(ConceptLexicon lexicon) { this.concepts = Objects.requireNonNull(lexicon, "lexicon"); return this; }

        /** A bilingual dictionary of the two languages (either direction), used in both passes (default none). */
        public Builder dictionary(BilingualDictionary d) { this.dictionary = d; return this; }

        /** The languages of plain segment lists (default {@link Language#UNKNOWN}: detected). */
        public Builder languages(Language source, Language target) {
            this.sourceLanguage = Objects.requireNonNull(source, "source language");
            this.targetLanguage = Objects.requireNonNull(target, "target language");
            return this;
        }

        /**
         * Dictionary learning: at most {@code maxTraining} training beads (default 20,000), pairs seen in at
         * least {@code minCount} of them (default 2), Dice at least {@code minDice} (default 0.3), at most
         * {@code topK} pairs per word (default 3).
         */
        public Builder learning(int maxTraining, int minCount, double minDice, int topK) {
            if (maxTraining < 1 || minCount < 1 || !(minDice > 0 && minDice <= 1) || topK < 1) {
                throw new IllegalArgumentException("bad learning settings: " + maxTraining + ", " + minCount + ", "
                        + minDice + ", " + topK);
            }
            this.maxTraining = maxTraining;
            this.minCount = minCount;
            this.minDice = minDice;
            this.topK = topK;
            return this;
        }

        /** The aligner. */
        public ParallelAligner build() { return new ParallelAligner(this); }
    }
}
