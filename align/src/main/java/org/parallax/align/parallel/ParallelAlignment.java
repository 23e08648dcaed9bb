package org.parallax.align.parallel;

import org.parallax.align.Link;
import org.parallax.align.Passage;
import org.parallax.core.Language;
import org.parallax.core.anchor.BilingualDictionary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of a {@link ParallelAligner}: the beads in order, covering every unit of both sides exactly
 * once, and the links (one per bead with two non-empty sides; 1-0 and 0-1 beads give no link) whose
 * passages carry the document id, line range, offsets and text of each side.
 *
 * <pre>{@code
 * ParallelAlignment a = ParallelAligner.builder().build().align(italian, english);
 * a.beads().size();
 * a.typeCounts();                         // {1-1=1480, 2-1=12, 1-0=9, ...}
 * LinkFormats.writeTsv(a.links(), out);   // the links TSV
 * TmxWriter.write(a, out);                // TMX 1.4b
 * System.out.println(a);                  // the first beads side by side
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ParallelAlignment {
    private final Units source;
    private final Units target;
    private final List<Bead> beads;
    private final List<Link> links;
    private final Stats stats;
    private final BilingualDictionary dictionary;

    /**
     * How an alignment was computed.
     *
     * <pre>{@code
     * ParallelAlignment.Stats s = alignment.stats();
     * s.passes();       // 2: the second pass used the learned dictionary
     * s.widenings();    // 0: the path never touched the band's edge
     * s.cells();        // DP cells computed, over all passes
     * }</pre>
     *
     * @param sourceUnits     number of source units
     * @param targetUnits     number of target units
     * @param lengthRatio     the Gale-Church {@code c} used (target characters per source character)
     * @param passes          1, or 2 when the second pass realigned with the learned dictionary
     * @param halfWidth       the widest half-width of the band, in units, over the passes ({@link Integer#MAX_VALUE}: no band)
     * @param widenings       how many times the band was doubled because the path touched its edge
     * @param cells           number of DP cells computed, over all passes and widenings
     * @param trainingBeads   confident 1-1 beads of the first pass used to learn the dictionary
     * @param dictionaryPairs translation pairs used in the last pass (learned and from the user's dictionary)
     * @param millis          wall time of the alignment (features, passes, output), in milliseconds
     */
    public record Stats(int sourceUnits, int targetUnits, double lengthRatio, int passes, int halfWidth, int widenings,
                        long cells, int trainingBeads, int dictionaryPairs, long millis) {}

    ParallelAlignment(Units source, Units target, List<Bead> beads, Stats stats, BilingualDictionary dictionary) {
        this.dictionary = dictionary;
        this.source = source;
        this.target = target;
        this.beads = List.copyOf(beads);
        this.stats = stats;
        List<Link> l = new ArrayList<>();
        for (int b = 0; b < this.beads.size(); b++) {
            Bead x = this.beads.get(b);
            if (!x.isLink()) continue;
            Passage s = source.passage(b, x.sourceStart(), x.sourceEnd());
            Passage t = target.passage(b, x.targetStart(), x.targetEnd());
            l.add(new Link(s, t, x.score(), x.evidence()));
        }
        this.links = Collections.unmodifiableList(l);
    }

    /** The beads, in order. */
    public List<Bead> beads() { return beads; }

    /**
     * One link per bead with two non-empty sides, in bead order; each passage's {@code index} is the bead's
     * position in {@link #beads()}.
     */
    public List<Link> links() { return links; }

    /** The source document id ({@code "source"} for plain segment lists unless named). */
    public String sourceDoc() { return source.doc; }

    /** The target document id. */
    public String targetDoc() { return target.doc; }

    /** The source language. */
    public Language sourceLanguage() { return source.language; }

    /** The target language. */
    public Language targetLanguage() { return target.language; }

    /** Number of source units. */
    public int sourceUnits() { return source.n; }

    /** Number of target units. */
    public int targetUnits() { return target.n; }

    /**
     * The text of source units {@code [from, to)}: the raw text from the first unit's start to the last one's
     * end (segments joined by line breaks); "" when {@code from == to}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= from <= to <= sourceUnits()}
     */
    public String sourceText(int from, int to) { return source.text(from, to); }

    /**
     * The text of target units {@code [from, to)}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= from <= to <= targetUnits()}
     */
    public String targetText(int from, int to) { return target.text(from, to); }

    /** The units of the source or the target side. */
    Units units(boolean sourceSide) { return sourceSide ? source : target; }

    /** The source passage of the bead at {@code index} (null for a 0-1 bead). */
    public Passage sourcePassage(int index) {
        Bead b = beads.get(index);
        return b.sourceSize() == 0 ? null : source.passage(index, b.sourceStart(), b.sourceEnd());
    }

    /** The target passage of the bead at {@code index} (null for a 1-0 bead). */
    public Passage targetPassage(int index) {
        Bead b = beads.get(index);
        return b.targetSize() == 0 ? null : target.passage(index, b.targetStart(), b.targetEnd());
    }

    /** Number of beads of each type, most frequent first. */
    public Map<String, Integer> typeCounts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (Bead b : beads) m.merge(b.type(), 1, Integer::sum);
        List<Map.Entry<String, Integer>> e = new ArrayList<>(m.entrySet());
        e.sort((x, y) -> !x.getValue().equals(y.getValue()) ? y.getValue() - x.getValue() : x.getKey().compareTo(y.getKey()));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> x : e) out.put(x.getKey(), x.getValue());
        return Collections.unmodifiableMap(out);
    }

    /** How the alignment was computed. */
    public Stats stats() { return stats; }

    /**
     * The translation pairs of the last pass, as hunalign's {@code -autodict} writes them: those of the
     * user's dictionary found in the texts, then the pairs learned from the first pass's confident 1-1
     * beads (Dice's coefficient over content-word stems, see {@link ParallelAligner}), strongest first. Each
     * stem is written as its most frequent form in the text. Save it with {@link BilingualDictionary#writeTsv(java.nio.file.Path)}
     * and give it to the comparable aligner (through {@link org.parallax.core.anchor.ConceptLexicon#fromDictionary})
     * or to another parallel alignment.
     *
     * <pre>{@code
     * BilingualDictionary d = alignment.dictionary();
     * d.translations("figliuolo");      // [son]
     * d.writeTsv(Path.of("it-en.tsv"));
     * }</pre>
     */
    public BilingualDictionary dictionary() { return dictionary; }

    /** A readable view: a summary line, then the first beads side by side. */
    @Override
    public String toString() { return toString(12); }

    /** A summary line, then the first {@code max} beads side by side. */
    public String toString(int max) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "ParallelAlignment %s (%s, %d units) ~ %s (%s, %d units): %d beads %s, %d links%n",
                source.doc, source.language, source.n, target.doc, target.language, target.n, beads.size(),
                typeCounts(), links.size()));
        int w = 48;
        int shown = 0;
        for (Bead b : beads) {
            if (shown++ == max) {
                sb.append(String.format(Locale.ROOT, "  ... %d more beads%n", beads.size() - max));
                break;
            }
            String s = b.sourceSize() == 0 ? "" : clip(source.text(b.sourceStart(), b.sourceEnd()), w);
            String t = b.targetSize() == 0 ? "" : clip(target.text(b.targetStart(), b.targetEnd()), w);
            sb.append(String.format(Locale.ROOT, "  %-3s %-11s %-" + w + "s | %-" + w + "s %7.2f%n", b.type(),
                    lines(source, b.sourceStart(), b.sourceEnd()) + "~" + lines(target, b.targetStart(), b.targetEnd()),
                    s, t, b.score()));
        }
        return sb.toString();
    }

    private static String lines(Units u, int from, int to) {
        if (from == to) return "-";
        int a = u.firstLine[from], b = u.lastLine[to - 1];
        return a == b ? String.valueOf(a) : a + "-" + b;
    }

    private static String clip(String s, int w) {
        String t = s.replace('\n', ' ').replace('\r', ' ').strip();
        return t.length() <= w ? t : t.substring(0, w - 1) + "…";
    }
}
