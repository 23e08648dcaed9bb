package org.parallax.align.parallel;

/**
 * What a {@link ParallelAligner} aligns when given {@link org.parallax.core.Document}s.
 *
 * <pre>{@code
 * ParallelAligner.builder().unit(Unit.LINE).build(); // one segment per non-empty line of the file
 * }</pre>
 */
public enum Unit {
    /** The documents' content sentences ({@link org.parallax.core.Document#contentSentences()}); the default. */
    SENTENCE,
    /**
     * The non-empty lines of the file as given (lines holding only whitespace are skipped), for files that
     * are already segmented one sentence or verse per line.
     */
    LINE
}
