package org.parallax.align.parallel;

import org.parallax.core.Document;
import org.parallax.core.TokenTable;
import org.parallax.core.anchor.Anchor;
import org.parallax.core.anchor.CognateIndex;
import org.parallax.core.anchor.ConceptMatcher;
import org.parallax.core.anchor.NumberExtractor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * The precomputed features of one side: unit lengths, the content words of each unit (sorted distinct
 * ids into the side's vocabulary of stems) and, once {@link AnchorSpace#finish} has seen both sides, the
 * cross-lingual anchors of each unit (sorted distinct ids shared by both sides). Collected from the
 * token table of the side's document, or of chunk documents made from segments.
 */
final class Side {
    final Units units;
    final int n;
    final int[] length;

    // the vocabularies: stems of content words, and norms of all words
    final Vocab stems = new Vocab();
    final Vocab norms = new Vocab();
    private int[] normCapNonInitial = new int[256];
    private int[] normCap = new int[256];
    private int[] normLower = new int[256];
    private boolean[] normStop = new boolean[256];

    // the raw tokens of the units: stem id (-1 for stopwords), norm id (after trimTokens: anchor id), and where the token is in its unit's
    // text (offset from the unit's start, length): evidence quotes the surface the bead itself holds
    final int[] unitTok;
    private int[] tokStem = new int[1024];
    private int[] tokNorm = new int[1024];
    private int[] tokOff = new int[1024];
    private char[] tokLen = new char[1024];
    private int tokCount;

    // anchors found by the extractors (numbers, ordinals, concepts), per unit, with their place in the unit
    final int[] unitAnc;
    private int[] ancId = new int[256];
    private int[] ancOff = new int[256];
    private char[] ancLen = new char[256];
    private int ancCount;

    /** The anchor id of each norm (names and cognates; -1 for none), set by {@link #buildAnchors}. */
    private int[] normAnchor;

    private int nextUnit;

    /** Results: sorted distinct stem ids per unit. */
    int[][] words;
    /** Results: sorted distinct anchor ids per unit (after {@link AnchorSpace#finish}). */
    int[][] anchors;
    /** Results: the sum of the anchor weights of each unit. */
    double[] anchorWeight;

    Side(Units units) {
        this.units = units;
        this.n = units.n;
        this.length = new int[n];
        this.unitTok = new int[n + 1];
        this.unitAnc = new int[n + 1];
    }

    /**
     * A vocabulary: strings to dense ids, with the first surface form seen for each (a fallback spelling
     * only: evidence quotes the surface found in the bead, {@link #stemText}, {@link #anchorText}).
     */
    static final class Vocab {
        private final HashMap<String, Integer> ids = new HashMap<>();
        final List<String> strings = new ArrayList<>();
        final List<String> surfaces = new ArrayList<>();

        int id(String s, String surface) {
            Integer id = ids.get(s);
            if (id != null) return id;
            int k = strings.size();
            ids.put(s, k);
            strings.add(s);
            surfaces.add(surface);
            return k;
        }

        int lookup(String s) {
            Integer id = ids.get(s);
            return id == null ? -1 : id;
        }

        int size() { return strings.size(); }
    }

    /**
     * Collects the tokens and anchors of units {@code [base, base + spanStart.length)} from a document in which
     * those units are the spans {@code [spanStart[k], spanEnd[k])}. Must be called for consecutive unit ranges.
     */
    void collect(Document d, int[] spanStart, int[] spanEnd, int base, ConceptMatcher concepts, AnchorSpace space,
                 boolean numbers) {
        if (base != nextUnit) throw new IllegalStateException("units collected out of order");
        int k = spanStart.length;
        String text = d.text();
        for (int u = 0; u < k; u++) length[base + u] = trimmedLength(text, spanStart[u], spanEnd[u]);

        // anchors from the extractors, sorted by start
        List<Anchor> found = new ArrayList<>();
        if (numbers) found.addAll(NumberExtractor.standard().extract(d, List.of()));
        if (concepts != null) found.addAll(concepts.match(d));
        found.sort(null);
        int[] foundUnit = new int[found.size()];
        for (int a = 0; a < found.size(); a++) foundUnit[a] = unitOf(spanStart, spanEnd, found.get(a).start());

        TokenTable t = d.tokenTable();
        int u = 0;
        int a = 0;
        boolean initial = true;
        for (int i = 0, size = t.size(); i < size && u < k; i++) {
            int s = t.start(i);
            while (u < k && s >= spanEnd[u]) {
                a = closeUnit(base + u, u, found, foundUnit, a, space, spanStart, spanEnd);
                u++;
                initial = true;
            }
            if (u == k) break;
            if (s < spanStart[u] || !t.isWord(i)) continue;
            String norm = t.norm(i);
            String surface = text.substring(s, t.end(i));
            boolean stop = t.isStopword(i);
            boolean cap = Character.isUpperCase(surface.codePointAt(0));
            int ni = norms.id(norm, surface);
            growNorms(ni);
            normStop[ni] = stop;
            if (cap) {
                normCap[ni]++;
                if (!initial) normCapNonInitial[ni]++;
            } else {
                normLower[ni]++;
            }
            int si = -1;
            if (!stop && hasLetter(norm)) {
                String stem = t.stem(i);
                si = stems.id(stem == null || stem.isEmpty() ? norm : stem, surface);
            }
            addToken(si, ni, s - spanStart[u], Math.min(t.end(i), spanEnd[u]) - s);
            initial = false;
        }
        while (u < k) {
            a = closeUnit(base + u, u, found, foundUnit, a, space, spanStart, spanEnd);
            u++;
        }
        nextUnit = base + k;
    }

    private int closeUnit(int unit, int local, List<Anchor> found, int[] foundUnit, int a, AnchorSpace space,
                          int[] spanStart, int[] spanEnd) {
        while (a < found.size() && foundUnit[a] < local) a++;
        while (a < found.size() && foundUnit[a] == local) {
            Anchor x = found.get(a++);
            int id = space.id(x.type(), x.value(), x.weight());
            if (ancCount == ancId.length) {
                ancId = Arrays.copyOf(ancId, ancCount * 2);
                ancOff = Arrays.copyOf(ancOff, ancCount * 2);
                ancLen = Arrays.copyOf(ancLen, ancCount * 2);
            }
            // an anchor that runs past its unit's end (a concept across two lines) is quoted up to that end
            ancOff[ancCount] = x.start() - spanStart[local];
            ancLen[ancCount] = clampLength(Math.min(x.end(), spanEnd[local]) - x.start());
            ancId[ancCount++] = id;
        }
        unitTok[unit + 1] = tokCount;
        unitAnc[unit + 1] = ancCount;
        return a;
    }

    private static int unitOf(int[] spanStart, int[] spanEnd, int offset) {
        int lo = 0, hi = spanStart.length - 1, r = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spanStart[mid] <= offset) {
                r = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return r >= 0 && offset < spanEnd[r] ? r : -1;
    }

    private void addToken(int stem, int norm, int offset, int length) {
        if (tokCount == tokStem.length) {
            int c = tokCount * 2;
            tokStem = Arrays.copyOf(tokStem, c);
            tokNorm = Arrays.copyOf(tokNorm, c);
            tokOff = Arrays.copyOf(tokOff, c);
            tokLen = Arrays.copyOf(tokLen, c);
        }
        tokStem[tokCount] = stem;
        tokNorm[tokCount] = norm;
        tokOff[tokCount] = offset;
        tokLen[tokCount] = clampLength(length);
        tokCount++;
    }

    private static char clampLength(int length) { return (char) Math.max(0, Math.min(Character.MAX_VALUE, length)); }

    private void growNorms(int id) {
        if (id < normCap.length) return;
        int c = Math.max(id + 1, normCap.length * 2);
        normCap = Arrays.copyOf(normCap, c);
        normCapNonInitial = Arrays.copyOf(normCapNonInitial, c);
        normLower = Arrays.copyOf(normLower, c);
        normStop = Arrays.copyOf(normStop, c);
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
        return false;
    }

    /** The length of {@code text[from, to)} without white space ({@link Units#isSpace}) at either end. */
    static int trimmedLength(String text, int from, int to) {
        int a = from, b = to;
        while (a < b && Units.isSpace(text.charAt(a))) a++;
        while (b > a && Units.isSpace(text.charAt(b - 1))) b--;
        return b - a;
    }

    /**
     * Whether a word (by norm id) is a name: written with a capital inside a unit at least once, and
     * capitalized at least four times as often as not; not a stopword, at least three characters.
     */
    boolean isName(int norm) {
        return !normStop[norm] && normCapNonInitial[norm] > 0 && normLower[norm] * 4 < normCap[norm]
                && norms.strings.get(norm).length() >= 3;
    }

    /** Whether a norm is a stopword. */
    boolean isStop(int norm) { return normStop[norm]; }

    /** The per-unit sorted distinct stem ids. */
    void buildWords() {
        words = new int[n][];
        int[] buf = new int[64];
        int nn = norms.size();
        LongIntMap formCount = new LongIntMap(1024);
        for (int u = 0; u < n; u++) {
            int k = 0;
            for (int x = unitTok[u]; x < unitTok[u + 1]; x++) {
                if (tokStem[x] < 0) continue;
                if (k == buf.length) buf = Arrays.copyOf(buf, k * 2);
                buf[k++] = tokStem[x];
                formCount.add((long) tokStem[x] * nn + tokNorm[x], 1);
            }
            words[u] = sortedDistinct(buf, k);
        }
        // each stem's most frequent normalized form (ties: the form seen first)
        stemForm = new int[stems.size()];
        int[] best = new int[stems.size()];
        Arrays.fill(stemForm, -1);
        formCount.forEach((key, c) -> {
            int st = (int) (key / nn), nm = (int) (key % nn);
            if (c > best[st] || (c == best[st] && nm < stemForm[st])) {
                best[st] = c;
                stemForm[st] = nm;
            }
        });
    }

    /** Results: the most frequent normalized form (a {@link #norms} id) of each stem, -1 when unseen. */
    int[] stemForm;

    /** The most frequent normalized form of a stem id (its first surface form, lower-cased, when unknown). */
    String form(int stem) {
        int f = stemForm == null || stem >= stemForm.length ? -1 : stemForm[stem];
        return f >= 0 ? norms.strings.get(f) : stems.surfaces.get(stem).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The per-unit anchors: the extractors' anchors plus, from the words, a name cluster or a cognate key
     * ({@code normCluster[norm]}, -1 for none); then only ids that occur on both sides are kept
     * ({@code keep}).
     */
    void buildAnchors(int[] normAnchor, boolean[] keep, double[] weight) {
        this.normAnchor = normAnchor;
        this.keep = keep;
        anchors = new int[n][];
        anchorWeight = new double[n];
        int[] buf = new int[64];
        for (int u = 0; u < n; u++) {
            int k = 0;
            for (int x = unitAnc[u]; x < unitAnc[u + 1]; x++) {
                if (k == buf.length) buf = Arrays.copyOf(buf, k * 2);
                buf[k++] = ancId[x];
            }
            for (int x = unitTok[u]; x < unitTok[u + 1]; x++) {
                int id = normAnchor[tokNorm[x]];
                if (id < 0) continue;
                if (k == buf.length) buf = Arrays.copyOf(buf, k * 2);
                buf[k++] = id;
            }
            int[] s = sortedDistinct(buf, k);
            int kept = 0;
            double w = 0;
            for (int id : s) {
                if (keep[id]) {
                    s[kept++] = id;
                    w += weight[id];
                }
            }
            anchors[u] = kept == s.length ? s : Arrays.copyOf(s, kept);
            anchorWeight[u] = w;
        }
    }

    /** The number of units of this side in which each anchor id occurs (extractor anchors and word anchors). */
    int[] unitFrequency(int[] normAnchor, int size) {
        int[] df = new int[size];
        int[] stamp = new int[size];
        java.util.Arrays.fill(stamp, -1);
        for (int u = 0; u < n; u++) {
            for (int x = unitAnc[u]; x < unitAnc[u + 1]; x++) {
                int id = ancId[x];
                if (stamp[id] != u) { stamp[id] = u; df[id]++; }
            }
            for (int x = unitTok[u]; x < unitTok[u + 1]; x++) {
                int id = normAnchor[tokNorm[x]];
                if (id >= 0 && stamp[id] != u) { stamp[id] = u; df[id]++; }
            }
        }
        return df;
    }

    /** The cognate key of a word (first four letters of its normalized form), or null. */
    String cognateKey(int norm) {
        if (normStop[norm]) return null;
        String w = norms.strings.get(norm);
        if (w.length() < 4) return null;
        String k = CognateIndex.normalize(w, units.language);
        return k.length() < 4 ? null : k.substring(0, 4);
    }

    static int[] sortedDistinct(int[] buf, int k) {
        if (k == 0) return EMPTY;
        int[] a = Arrays.copyOf(buf, k);
        Arrays.sort(a);
        int m = 1;
        for (int i = 1; i < k; i++) if (a[i] != a[m - 1]) a[m++] = a[i];
        return m == k ? a : Arrays.copyOf(a, m);
    }

    static final int[] EMPTY = new int[0];

    /**
     * Once the features are built ({@link #buildWords}, {@link #buildAnchors}), keeps of the tokens only what
     * evidence can quote: the tokens with a content stem or a shared name or cognate anchor (stopwords go),
     * each with its stem, its anchor id (in place of its norm) and its place in its unit; the columns are
     * trimmed to their size.
     */
    void trimTokens() {
        int k = 0;
        int from = 0;
        for (int u = 0; u < n; u++) {
            int to = unitTok[u + 1];
            for (int x = from; x < to; x++) {
                int anc = normAnchor == null ? -1 : normAnchor[tokNorm[x]];
                if (anc >= 0 && !keptAnchor(anc)) anc = -1;
                if (tokStem[x] < 0 && anc < 0) continue;
                tokStem[k] = tokStem[x];
                tokNorm[k] = anc;
                tokOff[k] = tokOff[x];
                tokLen[k] = tokLen[x];
                k++;
            }
            from = to;
            unitTok[u + 1] = k;
        }
        tokCount = k;
        tokStem = Arrays.copyOf(tokStem, k);
        tokNorm = Arrays.copyOf(tokNorm, k); // now the anchor id of each token, -1 for none
        tokOff = Arrays.copyOf(tokOff, k);
        tokLen = Arrays.copyOf(tokLen, k);
        normAnchor = null;
        keep = null;
        ancId = Arrays.copyOf(ancId, ancCount);
        ancOff = Arrays.copyOf(ancOff, ancCount);
        ancLen = Arrays.copyOf(ancLen, ancCount);
        tokensTrimmed = true;
    }

    private boolean keptAnchor(int id) { return keep == null || id < keep.length && keep[id]; }

    /** Whether {@link #trimTokens} has run: the norm column then holds anchor ids. */
    private boolean tokensTrimmed;

    /** The anchor ids kept by {@link #buildAnchors} (occurring on both sides), until {@link #trimTokens}. */
    private boolean[] keep;

    /**
     * The first word of units {@code [from, to)} with the stem id {@code stem}, as written there; the stem's
     * first surface in the text when none of them has it (which the evidence never asks for).
     */
    String stemText(int stem, int from, int to) {
        for (int u = from; u < to; u++) {
            for (int x = unitTok[u]; x < unitTok[u + 1]; x++) {
                if (tokStem[x] == stem) return quote(u, tokOff[x], tokLen[x]);
            }
        }
        return stems.surfaces.get(stem);
    }

    /**
     * The first occurrence of anchor {@code id} in units {@code [from, to)} (an extractor's anchor, or a name
     * or cognate word), as written there; "" when none of them has it.
     */
    String anchorText(int id, int from, int to) {
        for (int u = from; u < to; u++) {
            int bestOff = Integer.MAX_VALUE, bestLen = 0;
            for (int x = unitAnc[u]; x < unitAnc[u + 1]; x++) {
                if (ancId[x] == id && ancOff[x] < bestOff) {
                    bestOff = ancOff[x];
                    bestLen = ancLen[x];
                }
            }
            if (normAnchor != null || tokensTrimmed) {
                for (int x = unitTok[u]; x < unitTok[u + 1]; x++) {
                    if (tokOff[x] >= bestOff) break;
                    if ((tokensTrimmed ? tokNorm[x] : normAnchor[tokNorm[x]]) == id) {
                        bestOff = tokOff[x];
                        bestLen = tokLen[x];
                        break;
                    }
                }
            }
            if (bestOff != Integer.MAX_VALUE) return quote(u, bestOff, bestLen);
        }
        return "";
    }

    private String quote(int unit, int offset, int length) {
        int size = units.end[unit] - units.start[unit];
        int a = Math.min(Math.max(0, offset), size);
        int b = Math.min(size, a + length);
        if (units.document() != null) return units.document().text(units.start[unit] + a, units.start[unit] + b);
        return units.text(unit).substring(a, b);
    }
}
