package org.parallax.align.parallel;

import org.parallax.align.Evidence;

import java.util.List;

/**
 * One bead of a parallel alignment: the source units {@code [sourceStart, sourceEnd)} are a translation
 * of the target units {@code [targetStart, targetEnd)} (0-based unit indexes, end exclusive). One side
 * may be empty: a unit left out of the translation (1-0) or added in it (0-1).
 *
 * <pre>{@code
 * Bead b = alignment.beads().get(0);
 * b.type();          // "1-1", "2-1", "0-1" ...
 * b.sourceSize();    // 1
 * b.score();         // higher is better; 0 is a 1-1 bead of the expected length ratio without lexical evidence
 * }</pre>
 *
 * @param sourceStart first source unit
 * @param sourceEnd   after the last source unit
 * @param targetStart first target unit
 * @param targetEnd   after the last target unit
 * @param score       minus the bead's cost in nats (prior of its type, Gale-Church length cost, minus the
 *                    lexical and anchor bonuses); comparable within one alignment
 * @param evidence    shared anchors and translation pairs behind the bead, strongest first
 */
public record Bead(int sourceStart, int sourceEnd, int targetStart, int targetEnd, double score,
                   List<Evidence> evidence) {
    /** Validates the ranges and copies the evidence. */
    public Bead {
        if (sourceStart < 0 || sourceEnd < sourceStart || targetStart < 0 || targetEnd < targetStart) {
            throw new IllegalArgumentException("bad bead ranges [" + sourceStart + ", " + sourceEnd + ") ["
                    + targetStart + ", " + targetEnd + ")");
        }
        evidence = List.copyOf(evidence);
    }

    /** Number of source units. */
    public int sourceSize() { return sourceEnd - sourceStart; }

    /** Number of target units. */
    public int targetSize() { return targetEnd - targetStart; }

    /** The bead type, e.g. {@code "1-1"}, {@code "2-1"}, {@code "1-0"}, {@code "0-1"}. */
    public String type() { return sourceSize() + "-" + targetSize(); }

    /** Whether both sides are non-empty (the bead gives a link). */
    public boolean isLink() { return sourceSize() > 0 && targetSize() > 0; }
}
