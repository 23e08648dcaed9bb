package org.parallax.stats;

import org.parallax.core.AnalysisOptions;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.Layer;
import org.parallax.core.TokenType;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Counts a frequency list in one pass, document by document, without keeping any per-token object:
 * every counted token is interned to a term id ({@link TermDictionary}) and increments an {@code int}
 * slot indexed by that id; when a part (a document, or one of N equal parts) ends, the part's non-zero
 * counts are appended to a posting list of {@code (term, count)} int pairs, from which
 * {@link #result(long)} computes range and dispersion. Memory is the vocabulary plus one pair per distinct
 * term of each part: bounded by {@code types × parts}, whatever the number of tokens.
 *
 * <p>Three inputs, which can be mixed: analysed {@link Document}s ({@link #add(Document)}, the tokens
 * of their {@code TokenTable}); raw text ({@link #addText}, analysed in streaming mode: structure,
 * boilerplate, languages, tokens and sentences as a {@code Document} would have them, but no token is
 * stored, so a text of any length is counted in memory bounded by the text itself); or terms one by one
 * ({@link #add(String)} and {@link #endDocument()}).
 *
 * <pre>{@code
 * FrequencyCounter c = FrequencyCounter.byDocument(TokenSelection.defaults());
 * c.addText("a", Language.EN, null, "Stalin died in 1953. Khrushchev rose.");
 * c.addText("b", Language.EN, null, "Khrushchev denounced Stalin in 1956.");
 * // files: for (Path p : files) c.addText(p.toString(), Language.EN, null, Files.readString(p));
 * FrequencyList fl = c.result(2);   // terms seen at least twice, with DP and D over the texts
 * fl.rows();                        // in, khrushchev, stalin: twice, once in each text (DP 0.045: 6 and 5 tokens)
 *
 * // ten equal parts of the concatenated corpus: the number of counted tokens must be known first
 * long total = FrequencyList.countedTokens(Corpus.seeds(), TokenSelection.defaults());   // 6043
 * FrequencyCounter e = FrequencyCounter.of(TokenSelection.defaults(), Dispersion.Parts.equal(10), total);
 * for (Document d : Corpus.seeds()) e.add(d);
 * e.result().row("stalin").get().range();   // 10: in every tenth of the seeds
 * }</pre>
 *
 * <p>Not thread-safe. A counter gives one result: after {@link #result(long)} it accepts nothing more.
 */
public final class FrequencyCounter {
    private final TokenSelection selection;
    private final Dispersion.Parts scheme;
    private final long plannedTotal;
    private final TermDictionary dict = new TermDictionary();
    private final AnalysisOptions options;

    private long[] freq = new long[1024];
    private int[] partCount = new int[1024];
    private int[] touched = new int[256];
    private int touchedSize;

    // postings in part order: the term and its count in the part
    private int[] postTerm = new int[4096];
    private int[] postFreq = new int[4096];
    private int postings;
    private int[] partEnd = new int[64]; // postings index after each part
    private long[] partSizes = new long[64];
    private int parts;

    private long tokens;
    private long partTokens;
    private long nextBoundary;
    private int documents;
    private boolean finished;

    private TextStream stream;
    private final Sink sink = new Sink();

    private FrequencyCounter(TokenSelection selection, Dispersion.Parts scheme, long plannedTotal, AnalysisOptions options) {
        this.selection = Objects.requireNonNull(selection, "selection");
        this.scheme = Objects.requireNonNull(scheme, "parts");
        this.options = Objects.requireNonNull(options, "options");
        if (!scheme.byDocument() && plannedTotal < 0) {
            throw new IllegalArgumentException("equal parts need the total number of counted tokens, got " + plannedTotal);
        }
        this.plannedTotal = scheme.byDocument() ? -1 : plannedTotal;
        this.nextBoundary = scheme.byDocument() ? Long.MAX_VALUE : boundary(1);
    }

    /** A counter with documents as the parts of dispersion. */
    public static FrequencyCounter byDocument(TokenSelection selection) {
        return new FrequencyCounter(selection, Dispersion.Parts.documents(), -1, AnalysisOptions.defaults());
    }

    /**
     * A counter with the given parts; {@code totalTokens} is the number of tokens the selection will
     * count in all (needed to cut equal parts; ignored for documents).
     */
    public static FrequencyCounter of(TokenSelection selection, Dispersion.Parts parts, long totalTokens) {
        return new FrequencyCounter(selection, parts, totalTokens, AnalysisOptions.defaults());
    }

    /**
     * As {@link #of(TokenSelection, Dispersion.Parts, long)}, with the analysis options of
     * {@link #addText} (e.g. without lemmas when counting another layer: faster).
     */
    public static FrequencyCounter of(TokenSelection selection, Dispersion.Parts parts, long totalTokens,
                                      AnalysisOptions options) {
        return new FrequencyCounter(selection, parts, totalTokens, options);
    }

    /** The selection counted. */
    public TokenSelection selection() { return selection; }

    /** Tokens counted so far. */
    public long tokens() { return tokens; }

    /** Documents ended so far. */
    public int documents() { return documents; }

    /** Distinct terms so far. */
    public int types() { return dict.size(); }

    /** The frequency so far of a term (0 when unseen). */
    public long frequency(String term) {
        int id = dict.id(term);
        if (id < 0 || id >= freq.length) return 0;
        return freq[id] + partCount[id];
    }

    /** Counts the tokens of an analysed document (one document). */
    public FrequencyCounter add(Document d) {
        checkOpen();
        return add(DocumentTerms.of(d, selection, dict));
    }

    /**
     * Counts a document already turned into term ids <em>with this counter's dictionary</em> (one
     * document); see {@link #dictionary()}.
     */
    public FrequencyCounter add(DocumentTerms terms) {
        checkOpen();
        int[] ids = terms.terms();
        for (int id : ids) {
            if (id < 0 || id >= dict.size()) throw new IllegalArgumentException("term id " + id + " not in this counter's dictionary");
            count(id);
        }
        return endDocument();
    }

    /**
     * Analyses a raw text in streaming mode and counts its tokens (one document): the same tokens,
     * layers and boilerplate marks as {@code Document.of}, none of them stored.
     *
     * @param id       document id (for messages)
     * @param language the document language, or null to detect it
     * @param title    the title from the metadata (a first line repeating it is a heading), or null
     * @param text     the raw text
     */
    public FrequencyCounter addText(String id, Language language, String title, String text) {
        checkOpen();
        Objects.requireNonNull(text, id);
        if (stream == null) stream = new TextStream(options);
        // lemmas are truecased as in a document (a second pass; other layers do not depend on it)
        stream.stream(language, title, text, selection.includeBoilerplate(), selection.layer() == Layer.LEMMA, sink);
        sink.text = null;
        return endDocument();
    }

    /** Counts one token of a term (in the current document). */
    public FrequencyCounter add(String term) {
        checkOpen();
        count(dict.add(term));
        return this;
    }

    /** Ends the current document: in documents mode, the tokens since the previous end form one part. */
    public FrequencyCounter endDocument() {
        checkOpen();
        documents++;
        if (scheme.byDocument()) closePart();
        return this;
    }

    /**
     * The dictionary of term ids: read it, or intern terms for {@link #add(DocumentTerms)}; the counter
     * interns into it as it counts.
     */
    public TermDictionary dictionary() { return dict; }

    /** A one-line summary, e.g. {@code FrequencyCounter: 2599 tokens, 812 types in 1 document; parts: documents; norm, ... (open)}. */
    @Override
    public String toString() {
        return "FrequencyCounter: " + tokens + " tokens, " + dict.size() + " types in " + documents
                + (documents == 1 ? " document" : " documents") + "; parts: " + scheme + "; " + selection
                + (finished ? " (result taken)" : " (open)");
    }

    /** The hot path: one token of term {@code id}. */
    private void count(int id) {
        if (tokens >= nextBoundary) advance();
        if (id >= partCount.length) growIds(id);
        if (partCount[id]++ == 0) {
            if (touchedSize == touched.length) touched = Arrays.copyOf(touched, touchedSize * 2);
            touched[touchedSize++] = id;
        }
        tokens++;
        if (++partTokens == Integer.MAX_VALUE) throw new IllegalStateException("a part of more than 2^31-1 tokens");
    }

    /** Equal parts: the current part is full; close it (and any empty part) and move on. */
    private void advance() {
        if (tokens >= plannedTotal) {
            throw new IllegalStateException("more tokens than the " + plannedTotal + " declared for " + scheme.count() + " equal parts");
        }
        while (tokens >= nextBoundary) {
            closePart();
            nextBoundary = boundary(parts + 1);
        }
    }

    /** The first token index after part {@code k - 1}: ⌊k·T/n⌋. */
    private long boundary(int k) {
        int n = scheme.count();
        if (k >= n) return plannedTotal;
        try {
            return Math.multiplyExact(k, plannedTotal) / n;
        } catch (ArithmeticException e) {
            return BigInteger.valueOf(k).multiply(BigInteger.valueOf(plannedTotal)).divide(BigInteger.valueOf(n)).longValueExact();
        }
    }

    private void closePart() {
        if (postings + touchedSize > postTerm.length) {
            long want = Math.max((long) postTerm.length * 2, (long) postings + touchedSize);
            if (want > Integer.MAX_VALUE - 8) throw new IllegalStateException("more than 2^31 (term, part) pairs");
            postTerm = Arrays.copyOf(postTerm, (int) want);
            postFreq = Arrays.copyOf(postFreq, (int) want);
        }
        for (int k = 0; k < touchedSize; k++) {
            int id = touched[k];
            int c = partCount[id];
            postTerm[postings] = id;
            postFreq[postings++] = c;
            freq[id] += c;
            partCount[id] = 0;
        }
        touchedSize = 0;
        if (parts == partSizes.length) {
            partSizes = Arrays.copyOf(partSizes, parts * 2);
            partEnd = Arrays.copyOf(partEnd, parts * 2);
        }
        partSizes[parts] = partTokens;
        partEnd[parts++] = postings;
        partTokens = 0;
    }

    private void growIds(int id) {
        int n = Math.max(partCount.length * 2, id + 1);
        partCount = Arrays.copyOf(partCount, n);
        freq = Arrays.copyOf(freq, n);
    }

    private void checkOpen() {
        if (finished) throw new IllegalStateException("this counter has given its result; start a new one");
    }

    /** The frequency list of every term. */
    public FrequencyList result() { return result(1); }

    /**
     * Ends counting and computes the frequency list of the terms seen at least {@code minFreq} times (the
     * totals cover all terms), sorted by frequency. In documents mode, tokens after the last
     * {@link #endDocument()} form a last document; with equal parts, the tokens counted must be the
     * total declared.
     *
     * @throws IllegalStateException when equal parts were declared for another number of tokens
     */
    public FrequencyList result(long minFreq) {
        checkOpen();
        if (scheme.byDocument()) {
            if (partTokens > 0 || touchedSize > 0) {
                documents++;
                closePart();
            }
        } else {
            if (tokens != plannedTotal) {
                throw new IllegalStateException("counted " + tokens + " tokens, but " + plannedTotal
                        + " were declared for " + scheme.count() + " equal parts");
            }
            while (parts < scheme.count()) closePart();
        }
        finished = true;
        long min = Math.max(1, minFreq);
        int ids = dict.size();
        if (ids > freq.length) growIds(ids - 1);
        int types = 0; // terms interned through dictionary() but never counted are no types
        for (int t = 0; t < ids; t++) if (freq[t] > 0) types++;
        // postings by term (counting sort): each term's parts in part order
        int[] start = new int[ids + 1];
        for (int k = 0; k < postings; k++) start[postTerm[k] + 1]++;
        for (int t = 0; t < ids; t++) start[t + 1] += start[t];
        int[] cursor = Arrays.copyOf(start, ids);
        int[] byPart = new int[postings];
        long[] byFreq = new long[postings];
        int k = 0;
        for (int p = 0; p < parts; p++) {
            for (; k < partEnd[p]; k++) {
                int pos = cursor[postTerm[k]]++;
                byPart[pos] = p;
                byFreq[pos] = postFreq[k];
            }
        }
        postTerm = null;
        postFreq = null;
        Dispersion.Sizes sizes = Dispersion.Sizes.of(Arrays.copyOf(partSizes, parts));
        List<FrequencyList.Row> rows = new ArrayList<>();
        double perMillion = tokens == 0 ? Double.NaN : 1e6 / tokens;
        for (int t = 0; t < ids; t++) {
            if (freq[t] < min) continue;
            Dispersion.Measures m = sizes.measures(byPart, byFreq, start[t], start[t + 1]);
            rows.add(new FrequencyList.Row(dict.term(t), freq[t], freq[t] * perMillion, m.range(), m.dp(), m.dpNorm(),
                    m.juillandD()));
        }
        return new FrequencyList(selection, scheme, sizes, tokens, types, min, rows, FrequencyList.Sort.FREQ);
    }

    /** Receives the streamed tokens of {@link #addText}. */
    private final class Sink implements TextStream.BlockSink {
        String text;
        boolean boilerplate;

        @Override
        public void startBlock(String t, boolean bp) {
            this.text = t;
            this.boilerplate = bp;
        }

        @Override
        public void token(int start, int end, TokenType type, int flags, double value, String norm, String stem,
                          String lemma, String upos, boolean stopword, boolean spaceAfter) {
            if (!selection.counts(type, stopword, boilerplate)) return;
            Layer layer = selection.layer();
            int id = switch (layer) {
                case SURFACE -> dict.add(text, start, end);
                case NORM -> dict.add(norm);
                case STEM -> dict.add(stem);
                case LEMMA -> dict.add(lemma);
            };
            count(id);
        }

        @Override
        public void sentenceEnd() {}
    }
}
