package org.parallax.align.parallel;

/**
 * Gale and Church's {@code c}, the expected number of target characters per source character, estimated
 * from the texts when the user does not set it.
 *
 * <ul>
 * <li><b>Start</b>: the ratio of the two texts' total lengths, which is right when the texts say the same
 *     things. When their numbers of units differ by more than the bead priors can explain
 *     ({@link #countRatioLimit}: about 1.18 with Gale and Church's priors), one text holds material the other
 *     lacks and that ratio measures the material, not the translation (one verse against thirty verses gave
 *     {@code c = 30}); the start is then Gale and Church's published {@code c = 1}
 *     ({@link ParallelAligner#GALE_CHURCH_C}), which the re-estimate corrects.</li>
 * <li><b>Re-estimate</b>: after a pass, the ratio of the target to the source characters of its 1-1
 *     beads ({@link #fromOneToOneBeads}), the maximum-likelihood {@code c} of Gale and Church's model over
 *     them. When it differs markedly from the {@code c} of the pass ({@link #differsMarkedly}: by more than
 *     10 % and more than three standard errors), the pass is run again with it, at most
 *     {@link #MAX_REALIGNMENTS} times.</li>
 * </ul>
 *
 * <pre>{@code
 * double c = LengthRatio.initial(lenS, lenT, LengthRatio.countRatioLimit(0.89, 0.0099, 0.089, 0.011));
 * double[] e = LengthRatio.fromOneToOneBeads(path, lenS, lenT);  // {c, source characters}, or null
 * if (e != null && LengthRatio.differsMarkedly(c, e[0], e[1], 6.8)) c = e[0];   // and realign
 * }</pre>
 */
final class LengthRatio {
    /** How many times a pass is redone with a re-estimated ratio, at most. */
    static final int MAX_REALIGNMENTS = 3;
    /** The smallest relative change of {@code c} that is worth a new pass. */
    static final double MIN_CHANGE = 0.10;
    /** The standard errors by which a re-estimate must differ to be worth a new pass. */
    static final double MIN_Z = 3.0;

    private LengthRatio() {}

    /**
     * The largest ratio of unit counts that beads drawn with the given priors produce on average: all the
     * beads that are not 1-1 taken with more source units (2-1, 1-0) than target units. With Gale and
     * Church's priors, {@code (0.89 + 2 * 0.178 + 0.0198 + 2 * 0.011) / (0.89 + 0.178 + 2 * 0.011) = 1.18}.
     */
    static double countRatioLimit(double p11, double p10, double p21, double p22) {
        double source = p11 + 2 * 2 * p21 + 2 * p10 + 2 * p22;
        double target = p11 + 2 * p21 + 2 * p22;
        return source / target;
    }

    /**
     * The starting ratio: total target over total source characters, or Gale and Church's {@code c = 1} when
     * the unit counts differ by more than {@code countLimit} or a side has no characters.
     */
    static double initial(int[] lenS, int[] lenT, double countLimit) {
        long ls = 0, lt = 0;
        for (int x : lenS) ls += x;
        for (int x : lenT) lt += x;
        int n = lenS.length, m = lenT.length;
        if (ls == 0 || lt == 0 || Math.max(n, m) > countLimit * Math.min(n, m)) return ParallelAligner.GALE_CHURCH_C;
        return (double) lt / ls;
    }

    /**
     * The ratio of target to source characters over the 1-1 beads of a path and their source characters
     * ({@code {c, characters}}), or null when the path has no 1-1 bead with characters on both sides.
     */
    static double[] fromOneToOneBeads(BandedDp.Path p, int[] lenS, int[] lenT) {
        long ls = 0, lt = 0;
        for (int b = 0; b < p.beads(); b++) {
            if (p.type()[b] != Model.T11) continue;
            ls += lenS[p.i()[b]];
            lt += lenT[p.j()[b]];
        }
        return ls == 0 || lt == 0 ? null : new double[] {(double) lt / ls, ls};
    }

    /**
     * Whether a re-estimate {@code estimate}, from beads with {@code sourceChars} source characters, differs
     * from {@code c} by more than {@value #MIN_CHANGE} of it and by more than {@value #MIN_Z} standard errors
     * ({@code sqrt(s2 / sourceChars)} in Gale and Church's model, where the target length of a bead varies
     * with variance {@code s2} per source character).
     */
    static boolean differsMarkedly(double c, double estimate, double sourceChars, double s2) {
        double change = Math.abs(estimate - c);
        return change > MIN_CHANGE * c && change > MIN_Z * Math.sqrt(s2 / sourceChars);
    }
}
