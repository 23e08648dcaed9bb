package org.parallax.align.parallel;

/**
 * What changes when the two sides have markedly different numbers of units: more than the bead priors can
 * explain ({@link LengthRatio#countRatioLimit}, about 1.18 with Gale and Church's priors), so that one side
 * holds material the other lacks (a verse against a chapter, a text with a preface the translation leaves
 * out). Gale and Church's priors expect a deletion in about one bead in a hundred; here at least
 * {@code |n - m|} units of the longer side have no counterpart, and a prior that makes each of them cost
 * 4.5 nats pushes them into 2-1 beads with innocent neighbours (2.3 nats) instead.
 *
 * <ul>
 * <li><b>Deletion prior</b>: the bead that leaves out a unit of the longer side (1-0 when the source is
 *     longer) gets the penalty {@code ln(P(1-1) / P(1-0)) = ln(short / (long - short))}, the odds of a unit
 *     of the longer side having a counterpart when {@code short} of them do and the rest do not, when that
 *     is below Gale and Church's; the other penalties stay.</li>
 * <li><b>Band</b>: the first pass's band starts {@code |n - m|} units wider, since the extra units can push
 *     the path that far from the diagonal (thirty verses of a preface put the first verse thirty units
 *     off it).</li>
 * </ul>
 * Sides whose counts are within the limit are aligned exactly as before.
 *
 * <pre>{@code
 * UnequalSides u = UnequalSides.of(1, 30, LengthRatio.countRatioLimit(0.89, 0.0099, 0.089, 0.011));
 * u.markedly();                    // true
 * u.penalties(penalty)[Model.T01]; // ln(1 / 29) = -3.37 instead of 4.50
 * u.band(64);                      // 93
 * }</pre>
 *
 * @param n        source units
 * @param m        target units
 * @param markedly whether the counts differ by more than the bead priors explain
 */
record UnequalSides(int n, int m, boolean markedly) {
    /** The sides of {@code n} and {@code m} units, compared with the limit. */
    static UnequalSides of(int n, int m, double countLimit) {
        return new UnequalSides(n, m, Math.min(n, m) > 0 && Math.max(n, m) > countLimit * Math.min(n, m));
    }

    /** The bead penalties for these sides: {@code penalty} itself unless the counts differ markedly. */
    double[] penalties(double[] penalty) {
        if (!markedly) return penalty;
        double[] p = penalty.clone();
        int longer = n > m ? Model.T10 : Model.T01;
        double odds = Math.log((double) Math.min(n, m) / Math.abs(n - m));
        p[longer] = Math.min(p[longer], odds);
        return p;
    }

    /** The first pass's initial half-width for a given one ({@link Integer#MAX_VALUE} stays: the full DP). */
    int band(int halfWidth) {
        if (!markedly || halfWidth == Integer.MAX_VALUE) return halfWidth;
        return (int) Math.min(Integer.MAX_VALUE - 1L, (long) halfWidth + Math.abs(n - m));
    }
}
