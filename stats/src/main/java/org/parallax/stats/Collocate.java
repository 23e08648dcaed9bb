package org.parallax.stats;

import java.util.Locale;

/**
 * One node&ndash;collocate pair of a {@link CollocationResult}: the counts and every association measure
 * of {@link AssociationMeasures}.
 *
 * <pre>{@code
 * Collocate c = Collocate.of("cult", "personality", 12, 14, 12, 5205);   // o11, f1, f2, n of the English seeds
 * c.e11();       // 0.0323: f1 f2 / n
 * c.mi();        // 8.538
 * c.logDice();   // 13.885: 14 + log2(2 · 12 / (14 + 12))
 * System.out.println(c);   // cult ~ personality: o11=12 f1=14 f2=12 n=5205 e11=0.03228  MI 8.538 ... logDice 13.885
 * Collocations.defaults().of(Corpus.seeds().where("language", "en"), "stalin").rows().get(0).collocate();   // "'s"
 * }</pre>
 *
 * @param node      the node term
 * @param collocate the collocate term
 * @param o11       co-occurrence frequency (see {@link Collocations} for what is counted)
 * @param f1        frequency of the node in the corpus
 * @param f2        frequency of the collocate in the corpus
 * @param n         corpus size in counted tokens
 * @param e11       expected co-occurrence frequency {@code f1 f2 / n}
 * @param mi        pointwise mutual information
 * @param mi3       MI3
 * @param tScore    t-score
 * @param zScore    z-score
 * @param g2        log-likelihood G2 (NaN when the 2x2 table has a negative cell)
 * @param dice      Dice coefficient
 * @param logDice   logDice
 */
public record Collocate(String node, String collocate, long o11, long f1, long f2, long n, double e11,
                        double mi, double mi3, double tScore, double zScore, double g2, double dice,
                        double logDice) {
    /** A pair with every measure computed from the counts. */
    public static Collocate of(String node, String collocate, long o11, long f1, long f2, long n) {
        return new Collocate(node, collocate, o11, f1, f2, n, AssociationMeasures.expected(f1, f2, n),
                AssociationMeasures.mi(o11, f1, f2, n), AssociationMeasures.mi3(o11, f1, f2, n),
                AssociationMeasures.tScore(o11, f1, f2, n), AssociationMeasures.zScore(o11, f1, f2, n),
                AssociationMeasures.g2(o11, f1, f2, n), AssociationMeasures.dice(o11, f1, f2),
                AssociationMeasures.logDice(o11, f1, f2));
    }

    /** The value of a measure. */
    public double value(AssociationMeasure m) { return m.value(this); }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s ~ %s: o11=%d f1=%d f2=%d n=%d e11=%.4g  MI %.3f  MI3 %.3f  t %.3f  z %.3f  G2 %.3f  Dice %.4f  logDice %.3f",
                node, collocate, o11, f1, f2, n, e11, mi, mi3, tScore, zScore, g2, dice, logDice);
    }
}
