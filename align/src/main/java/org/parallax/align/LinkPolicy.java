package org.parallax.align;

/**
 * How links are chosen among the scored candidate pairs (all above the threshold).
 *
 * <pre>{@code
 * Aligner.comparable().policy(LinkPolicy.MUTUAL_BEST).build();
 * }</pre>
 */
public enum LinkPolicy {
    /**
     * Every passage links to its best passage in every other document (and, with
     * {@code maxLinksPerDocument > 1}, to the next ones within a ratio of the best): what event alignment
     * needs, since one paragraph often tells several events told apart in another document.
     */
    BEST_PER_DOCUMENT,
    /** Only pairs that are each other's best in their pair of documents: fewer, surer links. */
    MUTUAL_BEST,
    /**
     * Competitive linking (Melamed 2000): per pair of documents, take the strongest remaining pair, remove
     * both passages, repeat: a one-to-one alignment.
     */
    COMPETITIVE;

    /** The short name {@link #parse} reads and the command line takes: {@code best}, {@code mutual}, {@code competitive}. */
    public String label() {
        return switch (this) {
            case BEST_PER_DOCUMENT -> "best";
            case MUTUAL_BEST -> "mutual";
            case COMPETITIVE -> "competitive";
        };
    }

    /** Parses a name ({@code best}, {@code mutual}, {@code competitive} accepted). */
    public static LinkPolicy parse(String s) {
        return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "best", "best_per_document", "best-per-document" -> BEST_PER_DOCUMENT;
            case "mutual", "mutual_best", "mutual-best" -> MUTUAL_BEST;
            case "competitive", "competitive-linking" -> COMPETITIVE;
            default -> throw new IllegalArgumentException("unknown link policy '" + s + "' (best, mutual, competitive)");
        };
    }
}
