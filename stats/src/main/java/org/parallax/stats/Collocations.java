package org.parallax.stats;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.Layer;
import org.parallax.core.TokenTable;
import org.parallax.core.text.Normalizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Collocations: which terms occur near a node term more often than chance predicts, counted in a window
 * around each occurrence of the node, or between adjacent tokens, on any layer of any (sub)corpus, with
 * the association measures of {@link AssociationMeasures}. An immutable configuration: each
 * {@code with}-style method returns a copy.
 *
 * <pre>{@code
 * Corpus en = Corpus.seeds().where("language", "en");
 * CollocationResult r = Collocations.defaults().window(5, 5).of(en, "stalin");
 * r.head(10);                                                 // by logDice, strongest first
 * Collocations.defaults().adjacent().minCooccurrence(2).sortBy(AssociationMeasure.G2).of(en, "cult");
 * Collocations.defaults().selection(TokenSelection.defaults().layer(Layer.LEMMA)).allPairs(en, 5);
 * }</pre>
 *
 * <h2>What is counted</h2>
 * <ul>
 * <li><b>Tokens</b> are those the {@link TokenSelection} counts (by default words and numbers of the
 *     normalized layer, punctuation and boilerplate left out); windows are measured in these tokens, so a
 *     comma does not take a slot, and neither does a stopword when stopwords are left out.</li>
 * <li><b>Window</b> {@code (L, R)}: for every occurrence of the node, the {@code L} counted tokens to its
 *     left and {@code R} to its right, never crossing the {@link Boundary} (the sentence by default) of the
 *     node. {@code o11} counts (node occurrence, collocate token) pairs: a collocate token inside the
 *     windows of two node occurrences counts twice, and a collocate seen twice in one window counts
 *     twice &mdash; the usual convention of concordancers (AntConc, WordSmith).</li>
 * <li><b>Adjacency</b> is the window {@code (0, 1)} (the token right after the node: the bigram
 *     <i>node collocate</i>) or {@code (1, 0)} (the bigram <i>collocate node</i>).</li>
 * <li>{@code n} is the number of counted tokens in the corpus, {@code f1} the frequency of the node and
 *     {@code f2} that of the collocate (anywhere, not only in windows), and {@code e11 = f1 f2 / n}, as in
 *     {@code shared/fixtures/collocation.tsv} and NLTK's bigram measures.</li>
 * </ul>
 *
 * <p><b>The window-size issue.</b> {@code e11 = f1 f2 / n} is the expected number of times the collocate
 * sits in <i>one given</i> slot next to the node; a window offers {@code L + R} slots per occurrence, so
 * with windows larger than one token {@code o11} is naturally about {@code L + R} times {@code e11} even
 * for unrelated words: MI is inflated by about {@code log2(L + R)}, and t and z grow too. Rankings within
 * one window size remain comparable; absolute thresholds (MI &ge; 3, t &ge; 2) are meant for adjacency.
 * Windows can also make {@code o11} exceed {@code f1} or {@code f2} (a frequent collocate present in most
 * windows), when the 2x2 table of G2 has a negative cell: G2 is then NaN, never a made-up number. Evert
 * (2008, &sect;5.2) discusses the alternatives (e.g. {@code e11 = (L + R) f1 f2 / n}).
 *
 * @param selection             the tokens counted and their layer
 * @param left                  window size to the left of the node (0 or more)
 * @param right                 window size to the right of the node (0 or more)
 * @param boundary              the unit a window does not cross
 * @param minCooccurrence       keep collocates with {@code o11} at least this
 * @param minCollocateFrequency keep collocates with {@code f2} at least this
 * @param sortBy                the order of the rows (strongest first)
 */
public record Collocations(TokenSelection selection, int left, int right, Boundary boundary, long minCooccurrence,
                           long minCollocateFrequency, AssociationMeasure sortBy) {
    /**
     * The unit a window may not cross.
     *
     * <pre>{@code
     * Collocations.Boundary.parse("paragraph");   // PARAGRAPH
     * Corpus en = Corpus.seeds().where("language", "en");
     * Collocations.defaults().boundary(Collocations.Boundary.PARAGRAPH).of(en, "stalin").size();   // 337 collocates
     * Collocations.defaults().of(en, "stalin").size();                                              // 305 within the sentence
     * }</pre>
     */
    public enum Boundary {
        /** The node's sentence. */
        SENTENCE,
        /** The node's paragraph (block: paragraph, heading or list item). */
        PARAGRAPH,
        /** The node's document. */
        DOCUMENT;

        /** Parses {@code sentence}, {@code paragraph} or {@code document} (case-insensitive). */
        public static Boundary parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown boundary '" + s + "' (sentence, paragraph, document)");
            }
        }

        /** Lower-case name. */
        public String label() { return name().toLowerCase(Locale.ROOT); }
    }

    private static final Collocations DEFAULTS =
            new Collocations(TokenSelection.defaults(), 5, 5, Boundary.SENTENCE, 1, 1, AssociationMeasure.LOG_DICE);

    /** Validates. */
    public Collocations {
        Objects.requireNonNull(selection, "selection");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(sortBy, "sortBy");
        if (left < 0 || right < 0) throw new IllegalArgumentException("window sizes must not be negative: " + left + "," + right);
        if (left + right == 0) throw new IllegalArgumentException("the window is empty (0,0)");
        if (minCooccurrence < 0) throw new IllegalArgumentException("minCooccurrence must be 0 or more, got " + minCooccurrence);
        if (minCollocateFrequency < 0) {
            throw new IllegalArgumentException("minCollocateFrequency must be 0 or more, got " + minCollocateFrequency);
        }
    }

    /** Default tokens ({@link TokenSelection#defaults()}), window 5 left and 5 right within the sentence, every collocate, by logDice. */
    public static Collocations defaults() { return DEFAULTS; }

    /** A copy counting other tokens or another layer. */
    public Collocations selection(TokenSelection s) { return new Collocations(s, left, right, boundary, minCooccurrence, minCollocateFrequency, sortBy); }

    /** A copy on another layer. */
    public Collocations layer(Layer l) { return selection(selection.layer(l)); }

    /** A copy with a window of {@code l} tokens to the left and {@code r} to the right. */
    public Collocations window(int l, int r) { return new Collocations(selection, l, r, boundary, minCooccurrence, minCollocateFrequency, sortBy); }

    /** A copy counting the right neighbour only (window {@code (0, 1)}: the bigram <i>node collocate</i>). */
    public Collocations adjacent() { return window(0, 1); }

    /** A copy with another boundary. */
    public Collocations boundary(Boundary b) { return new Collocations(selection, left, right, b, minCooccurrence, minCollocateFrequency, sortBy); }

    /** A copy keeping collocates with {@code o11 >= m} ({@code m} 0 or more). */
    public Collocations minCooccurrence(long m) { return new Collocations(selection, left, right, boundary, m, minCollocateFrequency, sortBy); }

    /** A copy keeping collocates with {@code f2 >= m} ({@code m} 0 or more). */
    public Collocations minCollocateFrequency(long m) { return new Collocations(selection, left, right, boundary, minCooccurrence, m, sortBy); }

    /** A copy sorting by another measure. */
    public Collocations sortBy(AssociationMeasure m) { return new Collocations(selection, left, right, boundary, minCooccurrence, minCollocateFrequency, m); }

    /**
     * The collocates of a node term in a corpus. The node is looked up on the selection's layer as given
     * and, if absent there, in its normalized form (so {@code Stalin} finds {@code stalin} on the
     * normalized layer); a node that does not occur gives a result with {@code f1 = 0} and no rows.
     *
     * <p>A node that the tokenizer of a document's language cuts into several tokens ({@link WordTokens}:
     * {@code Stalin's} in English, {@code l'Unione} in Italian) is found as a {@link Concordance} finds it
     * (those tokens, or the one token as written) on the selection's layer; then {@code f1} is the number of
     * its occurrences, the window holds the {@code L} counted tokens before its first token and the
     * {@code R} after its last, and its own tokens are not collocates. The node column shows the layer
     * values of its first occurrence ({@code l' unione}).
     */
    public CollocationResult of(Corpus corpus, String node) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(node, "node");
        Counts counts = count(corpus);
        if (cutIntoTokens(corpus, node)) return ofOccurrences(corpus, counts, node);
        int id = counts.dict.id(node);
        if (id < 0 && selection.layer() != Layer.SURFACE) id = counts.dict.id(Normalizer.normalize(node));
        String nodeTerm = id < 0 ? node : counts.dict.term(id);
        if (id < 0) return new CollocationResult(this, nodeTerm, 0, counts.n, List.of());
        long[] co = new long[counts.dict.size()];
        for (Doc d : counts.docs) {
            int[] t = d.terms;
            for (int i = 0; i < t.length; i++) {
                if (t[i] != id) continue;
                int from = Math.max(0, i - left);
                int to = Math.min(t.length - 1, i + right);
                for (int j = from; j <= to; j++) {
                    if (j != i && d.unit[j] == d.unit[i]) co[t[j]]++;
                }
            }
        }
        return result(counts, nodeTerm, counts.freq[id], co);
    }

    /** Whether the tokenizer of any language of the corpus's blocks cuts the node into several tokens. */
    private static boolean cutIntoTokens(Corpus corpus, String node) {
        Set<Language> languages = new HashSet<>();
        for (Document d : corpus) {
            for (int b = 0; b < d.blocks().size(); b++) languages.add(WordTokens.language(d, b));
            languages.add(WordTokens.language(d, -1));
        }
        for (Language l : languages) if (WordTokens.of(node, l).size() > 1) return true;
        return false;
    }

    /** The collocates of a node found as a concordance finds it (a node of several tokens). */
    private CollocationResult ofOccurrences(Corpus corpus, Counts counts, String node) {
        Layer layer = selection.layer();
        ConcordanceQuery q = ConcordanceQuery.word(layer, node).includeBoilerplate(selection.includeBoilerplate());
        long[] co = new long[counts.dict.size()];
        long f1 = 0;
        String nodeTerm = null;
        int k = 0;
        for (Document d : corpus) {
            Doc doc = counts.docs.get(k++);
            TokenTable tt = d.tokenTable();
            for (KwicLine hit : Concordance.search(List.of(d), q, KwicContext.tokens(0)).lines()) {
                f1++;
                if (nodeTerm == null) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = hit.firstToken(); i < hit.endToken(); i++) {
                        if (i > hit.firstToken()) sb.append(' ');
                        sb.append(tt.layer(layer, i, d.text()));
                    }
                    nodeTerm = sb.toString();
                }
                int unit = switch (boundary) {
                    case SENTENCE -> tt.sentence(hit.firstToken());
                    case PARAGRAPH -> tt.block(hit.firstToken());
                    case DOCUMENT -> 0;
                };
                int first = firstCountedAtOrAfter(doc.token, hit.firstToken());
                int after = firstCountedAtOrAfter(doc.token, hit.endToken());
                for (int j = Math.max(0, first - left); j < first; j++) if (doc.unit[j] == unit) co[doc.terms[j]]++;
                for (int j = after; j < Math.min(doc.terms.length, after + right); j++) if (doc.unit[j] == unit) co[doc.terms[j]]++;
            }
        }
        return result(counts, nodeTerm == null ? node : nodeTerm, f1, co);
    }

    /** The index of the first counted token whose token index is at least {@code token}. */
    private static int firstCountedAtOrAfter(int[] tokens, int token) {
        int i = Arrays.binarySearch(tokens, token);
        return i >= 0 ? i : -i - 1;
    }

    private CollocationResult result(Counts counts, String nodeTerm, long f1, long[] co) {
        if (f1 == 0) return new CollocationResult(this, nodeTerm, 0, counts.n, List.of());
        List<Collocate> rows = new ArrayList<>();
        for (int c = 0; c < co.length; c++) {
            if (co[c] == 0 || co[c] < minCooccurrence || counts.freq[c] < minCollocateFrequency) continue;
            rows.add(Collocate.of(nodeTerm, counts.dict.term(c), co[c], f1, counts.freq[c], counts.n));
        }
        return new CollocationResult(this, nodeTerm, f1, counts.n, CollocationResult.sort(rows, sortBy));
    }

    /**
     * Every pair whose node occurs at least {@code minNodeFrequency} times, with the collocate filters of
     * this configuration, in one pass over the corpus (pairs are counted in a primitive hash table).
     */
    public CollocationResult allPairs(Corpus corpus, long minNodeFrequency) {
        Objects.requireNonNull(corpus, "corpus");
        if (minNodeFrequency < 0) throw new IllegalArgumentException("minNodeFrequency must be 0 or more, got " + minNodeFrequency);
        Counts counts = count(corpus);
        PairCounts pairs = new PairCounts();
        for (Doc d : counts.docs) {
            int[] t = d.terms;
            for (int i = 0; i < t.length; i++) {
                if (counts.freq[t[i]] < minNodeFrequency) continue;
                int from = Math.max(0, i - left);
                int to = Math.min(t.length - 1, i + right);
                for (int j = from; j <= to; j++) {
                    if (j != i && d.unit[j] == d.unit[i]) pairs.increment(((long) t[i] << 32) | t[j]);
                }
            }
        }
        List<Collocate> rows = new ArrayList<>();
        pairs.forEach((key, o11) -> {
            int node = (int) (key >>> 32);
            int c = (int) key;
            if (o11 < minCooccurrence || counts.freq[c] < minCollocateFrequency) return;
            rows.add(Collocate.of(counts.dict.term(node), counts.dict.term(c), o11, counts.freq[node], counts.freq[c], counts.n));
        });
        return new CollocationResult(this, null, 0, counts.n, CollocationResult.sort(rows, sortBy));
    }

    /** The counted tokens of a document as term ids with the unit (sentence, block or 0) and the token index of each. */
    private record Doc(int[] terms, int[] unit, int[] token) {}

    /** Term ids, corpus frequencies and size. */
    private record Counts(TermDictionary dict, List<Doc> docs, long[] freq, long n) {}

    private Counts count(Corpus corpus) {
        TermDictionary dict = new TermDictionary();
        List<Doc> docs = new ArrayList<>(corpus.size());
        long n = 0;
        for (Document d : corpus) {
            DocumentTerms dt = DocumentTerms.of(d, selection, dict);
            int[] unit = switch (boundary) {
                case SENTENCE -> dt.sentence();
                case PARAGRAPH -> {
                    TokenTable tt = d.tokenTable();
                    int[] u = new int[dt.size()];
                    for (int i = 0; i < u.length; i++) u[i] = tt.block(dt.token(i));
                    yield u;
                }
                case DOCUMENT -> new int[dt.size()];
            };
            docs.add(new Doc(dt.terms(), unit, dt.token()));
            n += dt.size();
        }
        long[] freq = new long[dict.size()];
        for (Doc d : docs) for (int t : d.terms) freq[t]++;
        return new Counts(dict, docs, freq, n);
    }

    /** Open-addressing map from a pair key (node id &lt;&lt; 32 | collocate id) to a count. */
    private static final class PairCounts {
        private long[] keys = new long[1 << 12];
        private long[] values = new long[1 << 12];
        private boolean[] used = new boolean[1 << 12];
        private int size;

        void increment(long key) {
            if (2 * (size + 1) > keys.length) grow();
            int mask = keys.length - 1;
            int h = mix(key) & mask;
            while (used[h] && keys[h] != key) h = (h + 1) & mask;
            if (!used[h]) {
                used[h] = true;
                keys[h] = key;
                size++;
            }
            values[h]++;
        }

        private void grow() {
            long[] k = keys;
            long[] v = values;
            boolean[] u = used;
            keys = new long[k.length * 2];
            values = new long[k.length * 2];
            used = new boolean[k.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < k.length; i++) {
                if (!u[i]) continue;
                int h = mix(k[i]) & mask;
                while (used[h]) h = (h + 1) & mask;
                used[h] = true;
                keys[h] = k[i];
                values[h] = v[i];
            }
        }

        interface Visitor {
            void visit(long key, long count);
        }

        void forEach(Visitor v) {
            for (int i = 0; i < keys.length; i++) if (used[i]) v.visit(keys[i], values[i]);
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }
    }

    @Override
    public String toString() {
        String w = left == 0 && right == 1 ? "adjacent (right neighbour)"
                : left == 1 && right == 0 ? "adjacent (left neighbour)" : "window " + left + "," + right;
        return "Collocations: " + w + " within the " + boundary.label() + ", " + selection
                + ", o11 >= " + minCooccurrence + ", f2 >= " + minCollocateFrequency + ", by " + sortBy.label();
    }
}
