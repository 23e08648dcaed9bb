package org.parallax.align;

/**
 * Entry point of the aligners: {@link #comparable()} for texts that tell the same events in their own
 * words, in any mix of languages; {@link #parallel()} for a text and its translation, sentence by
 * sentence or line by line.
 *
 * <pre>{@code
 * ComparableAlignment events = Aligner.comparable().build().align(Corpus.seeds());
 * ParallelAlignment beads = Aligner.parallel().unit(Unit.LINE).build().align(italian, english);
 * }</pre>
 */
public final class Aligner {
    private Aligner() {}

    /** A builder for the comparable (event) aligner. */
    public static ComparableAligner.Builder comparable() { return ComparableAligner.builder(); }

    /** A builder for the parallel (translation) aligner. */
    public static org.parallax.align.parallel.ParallelAligner.Builder parallel() {
        return org.parallax.align.parallel.ParallelAligner.builder();
    }
}
