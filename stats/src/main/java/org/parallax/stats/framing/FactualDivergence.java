package org.parallax.stats.framing;

import org.parallax.align.ComparableAlignment;
import org.parallax.align.Passage;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Sentence;
import org.parallax.core.anchor.Anchor;
import org.parallax.core.anchor.AnchorType;
import org.parallax.core.anchor.CorpusAnchors;
import org.parallax.core.table.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Factual divergences between sources: within aligned passages, two sentences that the other anchors
 * say tell the same fact (they share at least {@value #MIN_SHARED} specific entities, ordinals or
 * concepts) but give a different date, or a different number for the same counted thing.
 *
 * <p>Dates: the two sentences' time anchors disagree when no pair of them is compatible (equal, or one
 * containing the other: {@code 1956} contains {@code 1956-02-25}, {@code 195X} contains {@code 1956}, a range
 * contains its years) and some pair is at most {@value #MAX_YEAR_GAP} years apart (farther dates are other
 * events). Shared anchors count once per stretch of text (an entity and a concept on the same words are
 * one piece of evidence). Sentence pairs are aligned by the anchors themselves (an inverted index over the
 * specific ones), so the divergence of two sources on the date of the same act is found even when their
 * paragraphs were not linked. {@link #inCluster} tells which event cluster of an alignment a divergence
 * falls in. Numbers: two
 * number anchors followed within {@value #NUMBER_HEAD} tokens by the same concept ({@code 90,000 prisoners} /
 * {@code 100.000 gevangenen}) whose values differ by more than 5 %. The method is general: it knows nothing
 * of the corpus; it reports candidates, with both sentences, for a historian to judge.
 *
 * <pre>{@code
 * CorpusAnchors anchors = AnchorExtractor.standard().extract(Corpus.seeds());
 * List<FactualDivergence.Divergence> d = FactualDivergence.find(anchors);   // 2 on the seeds
 * System.out.println(FactualDivergence.table(d));   // en-wikipedia "from 1953 to 1961" and "on 31 October 1961" vs en-encyclopedia "In 1962"
 * }</pre>
 */
public final class FactualDivergence {
    /** Shared specific anchors needed for two sentences to tell the same fact. */
    public static final int MIN_SHARED = 2;
    /** Tokens after a number in which its counted concept is looked for. */
    public static final int NUMBER_HEAD = 3;
    /** Dates farther apart than this many years are taken for different facts, not a divergence. */
    public static final int MAX_YEAR_GAP = 2;
    /** An anchor is specific when it occurs in at most this share of the corpus's sentences. */
    public static final double MAX_SENTENCE_SHARE = 0.05;

    private FactualDivergence() {}

    /**
     * One divergence.
     *
     * <pre>{@code
     * FactualDivergence.Divergence d = FactualDivergence.find(AnchorExtractor.standard().extract(Corpus.seeds())).get(1);
     * d.doc1(); d.line1(); d.text1();   // "en-wikipedia", 44, "on 31 October 1961"
     * d.doc2(); d.line2(); d.text2();   // "en-encyclopedia", 13, "In 1962"
     * d.value1(); d.value2();           // "1961-10-31", "1962": incompatible dates
     * d.shared();                       // [concept:mausoleum, entity:red_square]: why the sentences tell one fact
     * }</pre>
     *
     * @param type       time or number
     * @param doc1       first document
     * @param line1      line of the first sentence
     * @param sentence1  the first sentence
     * @param value1     the first value
     * @param text1      the first anchor's text
     * @param doc2       second document
     * @param line2      line of the second sentence
     * @param sentence2  the second sentence
     * @param value2     the second value
     * @param text2      the second anchor's text
     * @param shared     the anchors that make the two sentences about the same fact
     */
    public record Divergence(AnchorType type, String doc1, int line1, String sentence1, String value1, String text1,
                             String doc2, int line2, String sentence2, String value2, String text2, List<String> shared) {
        @Override
        public String toString() {
            return type.label() + ": " + doc1 + ":" + line1 + " \"" + text1 + "\" (" + value1 + ") vs " + doc2 + ":" + line2
                    + " \"" + text2 + "\" (" + value2 + ") sharing " + shared;
        }
    }

    /**
     * The divergences of a corpus: sentences of different documents sharing at least {@value #MIN_SHARED}
     * specific anchors (found through an inverted index over them), compared for dates and numbers.
     */
    public static List<Divergence> find(CorpusAnchors anchors) {
        Corpus corpus = anchors.corpus();
        // sentence frequency of anchor keys, for specificity
        Map<String, Integer> sf = new HashMap<>();
        int sentences = 0;
        for (Document d : corpus) {
            for (Sentence s : d.contentSentences()) {
                sentences++;
                Set<String> keys = new HashSet<>();
                for (Anchor a : anchors.forSentence(d, s).anchors()) keys.add(a.key());
                for (String k : keys) sf.merge(k, 1, Integer::sum);
            }
        }
        int maxSf = Math.max(2, (int) Math.floor(MAX_SENTENCE_SHARE * sentences));
        // every content sentence with its anchors; an inverted index over the specific event anchors
        List<Document> sdoc = new ArrayList<>();
        List<Sentence> ssent = new ArrayList<>();
        List<List<Anchor>> sanch = new ArrayList<>();
        Map<String, List<Integer>> index = new HashMap<>();
        for (Document d : corpus) {
            for (Sentence s : d.contentSentences()) {
                List<Anchor> a = content(anchors.forSentence(d, s).anchors());
                int id = ssent.size();
                sdoc.add(d);
                ssent.add(s);
                sanch.add(a);
                Set<String> keys = new HashSet<>();
                for (Anchor x : a) {
                    if (isEventAnchor(x) && sf.getOrDefault(x.key(), 0) <= maxSf) keys.add(x.key());
                }
                for (String k : keys) index.computeIfAbsent(k, x -> new ArrayList<>()).add(id);
            }
        }
        Set<String> seen = new HashSet<>();
        List<Divergence> out = new ArrayList<>();
        for (int i = 0; i < ssent.size(); i++) {
            if (sanch.get(i).stream().noneMatch(a -> a.type() == AnchorType.TIME || a.type() == AnchorType.NUMBER)) continue;
            Set<Integer> cand = new java.util.TreeSet<>();
            for (Anchor x : sanch.get(i)) {
                List<Integer> post = index.get(x.key());
                if (post != null && isEventAnchor(x)) for (int j : post) if (j > i && sdoc.get(j) != sdoc.get(i)) cand.add(j);
            }
            for (int j : cand) {
                List<String> shared = sharedSpecific(sanch.get(i), sanch.get(j), sf, maxSf);
                if (shared.size() < MIN_SHARED) continue;
                Divergence t = dates(sdoc.get(i), ssent.get(i), sanch.get(i), sdoc.get(j), ssent.get(j), sanch.get(j), shared);
                if (t != null && seen.add(key(t))) out.add(t);
                for (Divergence n : numbers(sdoc.get(i), ssent.get(i), sanch.get(i), sdoc.get(j), ssent.get(j), sanch.get(j), shared)) {
                    if (seen.add(key(n))) out.add(n);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static String key(Divergence d) {
        return d.type() + "|" + d.doc1() + "|" + d.line1() + "|" + d.value1() + "|" + d.doc2() + "|" + d.line2() + "|" + d.value2();
    }

    private static List<Anchor> content(List<Anchor> list) {
        return list.stream().filter(a -> !a.boilerplate()).toList();
    }

    private static List<String> sharedSpecific(List<Anchor> a1, List<Anchor> a2, Map<String, Integer> sf, int maxSf) {
        Set<String> k2 = new HashSet<>();
        for (Anchor a : a2) k2.add(a.key());
        // one key per stretch of text of the first sentence: anchors on overlapping words count once
        List<int[]> spans = new ArrayList<>();
        Set<String> out = new LinkedHashSet<>();
        for (Anchor a : a1) {
            if (!isEventAnchor(a) || sf.getOrDefault(a.key(), 0) > maxSf || !k2.contains(a.key())) continue;
            boolean overlaps = false;
            for (int[] sp : spans) if (a.start() < sp[1] && sp[0] < a.end()) overlaps = true;
            if (overlaps) continue;
            spans.add(new int[] {a.start(), a.end()});
            out.add(a.key());
        }
        return new ArrayList<>(out);
    }

    private static boolean isEventAnchor(Anchor a) {
        return a.type() == AnchorType.ENTITY || a.type() == AnchorType.ORDINAL || a.type() == AnchorType.CONCEPT;
    }

    private static Divergence dates(Document d1, Sentence s1, List<Anchor> a1, Document d2, Sentence s2, List<Anchor> a2,
                                    List<String> shared) {
        List<Anchor> t1 = a1.stream().filter(a -> a.type() == AnchorType.TIME).toList();
        List<Anchor> t2 = a2.stream().filter(a -> a.type() == AnchorType.TIME).toList();
        if (t1.isEmpty() || t2.isEmpty()) return null;
        Anchor best1 = null;
        Anchor best2 = null;
        int bestGap = Integer.MAX_VALUE;
        for (Anchor x : t1) {
            for (Anchor y : t2) {
                if (compatible(x.value(), y.value())) return null; // the sentences agree on a date
                int gap = yearGap(x.value(), y.value());
                if (gap < bestGap) {
                    bestGap = gap;
                    best1 = x;
                    best2 = y;
                }
            }
        }
        if (best1 == null || bestGap > MAX_YEAR_GAP) return null;
        return new Divergence(AnchorType.TIME, d1.id(), s1.firstLine(), s1.text(), best1.value(), best1.text(), d2.id(),
                s2.firstLine(), s2.text(), best2.value(), best2.text(), shared);
    }

    private static List<Divergence> numbers(Document d1, Sentence s1, List<Anchor> a1, Document d2, Sentence s2, List<Anchor> a2,
                                            List<String> shared) {
        List<Divergence> out = new ArrayList<>();
        for (Anchor x : a1) {
            if (x.type() != AnchorType.NUMBER) continue;
            String hx = head(x, a1);
            if (hx == null) continue;
            for (Anchor y : a2) {
                if (y.type() != AnchorType.NUMBER || !hx.equals(head(y, a2))) continue;
                double vx = parse(x.value());
                double vy = parse(y.value());
                if (Double.isNaN(vx) || Double.isNaN(vy) || x.value().endsWith("%") != y.value().endsWith("%")) continue;
                if (Math.abs(vx - vy) <= 0.05 * Math.max(Math.abs(vx), Math.abs(vy))) continue;
                out.add(new Divergence(AnchorType.NUMBER, d1.id(), s1.firstLine(), s1.text(), x.value(), x.text(), d2.id(),
                        s2.firstLine(), s2.text(), y.value(), y.text(), shared));
            }
        }
        return out;
    }

    /** The concept counted by a number: a concept anchor starting within NUMBER_HEAD tokens after it. */
    private static String head(Anchor number, List<Anchor> sentence) {
        for (Anchor a : sentence) {
            if (a.type() != AnchorType.CONCEPT) continue;
            if (a.firstToken() >= number.endToken() && a.firstToken() < number.endToken() + NUMBER_HEAD) return a.value();
        }
        return null;
    }

    private static double parse(String v) {
        try {
            return Double.parseDouble(v.endsWith("%") ? v.substring(0, v.length() - 1) : v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Whether two TIMEX values can be the same time: equal, or one contains the other. */
    static boolean compatible(String a, String b) {
        if (a.equals(b)) return true;
        if (a.contains("/") || b.contains("/")) {
            int[] ra = range(a);
            int[] rb = range(b);
            if (ra == null || rb == null) return true; // open or unreadable ranges: no claim of disagreement
            return ra[0] <= rb[1] && rb[0] <= ra[1];
        }
        return contains(a, b) || contains(b, a);
    }

    private static boolean contains(String coarse, String fine) {
        if (coarse.endsWith("X")) {
            String prefix = coarse.substring(0, coarse.length() - 1);
            return fine.startsWith(prefix);
        }
        return fine.startsWith(coarse) && (fine.length() == coarse.length() || fine.charAt(coarse.length()) == '-');
    }

    /** First and last year of a value (a year, a date, a decade, a closed range), or null. */
    private static int[] range(String v) {
        if (v.contains("/")) {
            String[] p = v.split("/");
            if (p.length != 2 || p[0].equals("..") || p[1].equals("..")) return null;
            int[] a = range(p[0]);
            int[] b = range(p[1]);
            return a == null || b == null ? null : new int[] {a[0], b[1]};
        }
        if (v.length() >= 4 && v.substring(0, 3).chars().allMatch(Character::isDigit)) {
            if (v.charAt(3) == 'X') {
                int d = Integer.parseInt(v.substring(0, 3)) * 10;
                return new int[] {d, d + 9};
            }
            if (Character.isDigit(v.charAt(3))) {
                int y = Integer.parseInt(v.substring(0, 4));
                return new int[] {y, y};
            }
        }
        return null;
    }

    private static int yearGap(String a, String b) {
        int[] ra = range(a);
        int[] rb = range(b);
        if (ra == null || rb == null) return Integer.MAX_VALUE;
        if (ra[0] <= rb[1] && rb[0] <= ra[1]) return 0;
        return Math.min(Math.abs(ra[0] - rb[1]), Math.abs(rb[0] - ra[1]));
    }

    /** The event cluster of an alignment that contains the passages of both sentences of a divergence, or null. */
    public static org.parallax.align.EventCluster inCluster(Divergence d, ComparableAlignment alignment) {
        for (org.parallax.align.EventCluster c : alignment.clusters()) {
            boolean one = false;
            boolean two = false;
            for (Passage p : c.passages()) {
                if (p.doc().equals(d.doc1()) && p.covers(d.line1())) one = true;
                if (p.doc().equals(d.doc2()) && p.covers(d.line2())) two = true;
            }
            if (one && two) return c;
        }
        return null;
    }

    /** The divergences as a table. */
    public static Table table(List<Divergence> list) {
        Table.Builder t = Table.builder("type", "doc1", "line1", "value1", "text1", "doc2", "line2", "value2", "text2", "shared",
                "sentence1", "sentence2").name("factual_divergences");
        for (Divergence d : list) {
            t.row(d.type().label(), d.doc1(), d.line1(), d.value1(), d.text1(), d.doc2(), d.line2(), d.value2(), d.text2(),
                    String.join(" ", d.shared()), d.sentence1(), d.sentence2());
        }
        return t.build();
    }
}
