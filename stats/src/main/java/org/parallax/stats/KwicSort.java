package org.parallax.stats;

import org.parallax.core.Layer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One key for sorting a {@link Concordance} the way AntConc does: the node, or the k-th word to the
 * left ({@code 1L, 2L ...}) or to the right ({@code 1R, 2R ...}) of the node, on a layer, compared
 * case-insensitively. Several keys sort by the first, then the second ...; lines equal on every key
 * stay in document order.
 *
 * <pre>{@code
 * Concordance concordance = Concordance.search(Corpus.seeds(), ConcordanceQuery.word("Krusciov"));
 * concordance.sorted(KwicSort.right(1), KwicSort.right(2));
 * concordance.sorted(KwicSort.parse("1L,node", Layer.LEMMA));
 * KwicSort.left(1).label();  // "1L"
 * }</pre>
 *
 * <p>Positions count words and numbers (punctuation and symbols are skipped) inside the concordance's
 * context scope (the paragraph, or the sentence); a position beyond the scope is empty and sorts first.
 * The node's value is the layer values of its tokens joined by spaces. Values are compared with a
 * root-locale collator that ignores case but not accents. Immutable.
 *
 * @param position 0 for the node, {@code -k} for the k-th word to the left, {@code k} for the k-th to the right
 * @param layer    the layer compared
 */
public record KwicSort(int position, Layer layer) {
    /** Validates. */
    public KwicSort {
        Objects.requireNonNull(layer, "layer");
    }

    /** The node, on the surface layer. */
    public static KwicSort node() { return new KwicSort(0, Layer.SURFACE); }

    /** The k-th word to the left of the node ({@code kL}), on the surface layer. */
    public static KwicSort left(int k) { return new KwicSort(-positive(k), Layer.SURFACE); }

    /** The k-th word to the right of the node ({@code kR}), on the surface layer. */
    public static KwicSort right(int k) { return new KwicSort(positive(k), Layer.SURFACE); }

    /** A copy on another layer. */
    public KwicSort on(Layer l) { return new KwicSort(position, l); }

    private static int positive(int k) {
        if (k < 1) throw new IllegalArgumentException("sort positions start at 1, got " + k);
        return k;
    }

    /**
     * Parses comma-separated keys: {@code node} (or {@code 0}), {@code 1L}, {@code 2R} ... (case-insensitive;
     * {@code L1}/{@code R2} also accepted), all on one layer.
     *
     * @throws IllegalArgumentException naming the bad key
     */
    public static List<KwicSort> parse(String keys, Layer layer) {
        List<KwicSort> out = new ArrayList<>();
        for (String raw : keys.split(",")) {
            String k = raw.strip().toUpperCase(Locale.ROOT);
            if (k.isEmpty()) continue;
            if (k.equals("NODE") || k.equals("0") || k.equals("C")) {
                out.add(new KwicSort(0, layer));
                continue;
            }
            String digits;
            char side;
            if (k.matches("[0-9]+[LR]")) {
                digits = k.substring(0, k.length() - 1);
                side = k.charAt(k.length() - 1);
            } else if (k.matches("[LR][0-9]+")) {
                digits = k.substring(1);
                side = k.charAt(0);
            } else {
                throw new IllegalArgumentException("bad sort key '" + raw.strip() + "' (node, 1L, 2L ..., 1R, 2R ...)");
            }
            int n;
            try {
                n = Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad sort key '" + raw.strip() + "': position too large");
            }
            if (n < 1) throw new IllegalArgumentException("bad sort key '" + raw.strip() + "': positions start at 1");
            out.add(new KwicSort(side == 'L' ? -n : n, layer));
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no sort key in '" + keys + "' (node, 1L, 2L ..., 1R, 2R ...)");
        return List.copyOf(out);
    }

    /** {@code node}, {@code 1L}, {@code 2R} ... */
    public String label() {
        return position == 0 ? "node" : Math.abs(position) + (position < 0 ? "L" : "R");
    }

    /** The label and the layer, e.g. {@code 1R (surface)}. */
    @Override
    public String toString() { return label() + " (" + layer.label() + ")"; }
}
