package org.parallax.align.parallel;

import org.parallax.align.Link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * (The benchmarks module has a copy, {@code org.parallax.benchmarks.BiblePairs}: keep the two in step.)
 *
 * <p>Test pairs from the New Testament in {@code shared/data/bible-nt} ({@code it.tsv}, {@code nl.tsv},
 * {@code en.tsv}: book, chapter, verse, text): one verse per line on each side, in each file's own order
 * and versification; the target side perturbed with a seeded {@link Random}: each verse is deleted with
 * probability {@code delete}, otherwise merged with the next verse into one line with probability
 * {@code merge}. The gold events are the verse references: a merged line carries both of its references,
 * a deleted verse and a reference found on one side only have no gold bead.
 *
 * <pre>{@code
 * BibleData.Pair p = BibleData.pair(BibleData.dir(), "it", "en", BibleData.BOOKS, 42, 0.02, 0.02);
 * ParallelAlignment a = ParallelAligner.builder().unit(Unit.LINE).build()
 *         .align(Document.of("it", Language.IT, p.source().text()), Document.of("en", Language.EN, p.target().text()));
 * double f1 = BibleData.strictF1(p, a.links())[3];
 * }</pre>
 */
public final class BibleData {
    /** The books of the test pairs. */
    public static final List<String> BOOKS = List.of("MRK", "ROM", "REV");

    private BibleData() {}

    /** A verse: its reference ("MRK 1:1") and text. */
    public record Verse(String ref, String text) {}

    /** One side of a pair: its lines and the references each line carries. */
    public record Side(String doc, String lang, List<String> lines, List<List<String>> refs) {
        /** The text: one line per element, each ending with a line break. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (String l : lines) sb.append(l).append('\n');
            return sb.toString();
        }
    }

    /** A test pair. */
    public record Pair(Side source, Side target) {
        /** The gold TSV rows (event, doc, first_line, last_line), lines 1-based. */
        public List<String[]> gold() {
            List<String[]> rows = new ArrayList<>();
            for (Side s : List.of(source, target)) {
                for (int i = 0; i < s.refs.size(); i++) {
                    for (String r : s.refs.get(i)) rows.add(new String[] {r, s.doc, String.valueOf(i + 1), String.valueOf(i + 1)});
                }
            }
            return rows;
        }

        /** Writes the gold TSV. */
        public void writeGold(Path file) throws IOException {
            StringBuilder sb = new StringBuilder("event\tdoc\tfirst_line\tlast_line\n");
            for (String[] r : gold()) sb.append(String.join("\t", r)).append('\n');
            Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The folder of the Bible files: {@code -Dparallax.bible=...}, or {@code shared/data/bible-nt} above the
     * working directory, or else the test resources' copy of the books of {@link #BOOKS} ({@code bible-nt/}
     * on the class path, so that a clean clone runs the test).
     */
    public static Path dir() {
        String p = System.getProperty("parallax.bible");
        if (p != null) return Path.of(p);
        Path d = Path.of("").toAbsolutePath();
        for (int up = 0; up < 6 && d != null; up++, d = d.getParent()) {
            Path c = d.resolve("shared/data/bible-nt");
            if (Files.isRegularFile(c.resolve("en.tsv"))) return c;
            Path c2 = d.resolveSibling("shared/data/bible-nt");
            if (Files.isRegularFile(c2.resolve("en.tsv"))) return c2;
        }
        java.net.URL bundled = BibleData.class.getResource("/bible-nt/en.tsv");
        if (bundled != null && bundled.getProtocol().equals("file")) {
            try {
                return Path.of(bundled.toURI()).getParent();
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    /** The verses of some books, in file order. */
    public static List<Verse> read(Path dir, String lang, Collection<String> books) {
        Set<String> want = new HashSet<>(books);
        List<Verse> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(dir.resolve(lang + ".tsv"), StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).split("\t", 4);
                if (f.length < 4 || !want.contains(f[0])) continue;
                out.add(new Verse(f[0] + " " + f[1] + ":" + f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A pair of two languages over some books, the target perturbed with a seed. */
    public static Pair pair(Path dir, String src, String tgt, Collection<String> books, long seed, double delete,
                            double merge) {
        List<Verse> s = read(dir, src, books);
        List<Verse> t = read(dir, tgt, books);
        List<String> sl = new ArrayList<>();
        List<List<String>> sr = new ArrayList<>();
        for (Verse v : s) {
            sl.add(v.text());
            sr.add(List.of(v.ref()));
        }
        Random r = new Random(seed);
        List<String> tl = new ArrayList<>();
        List<List<String>> tr = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            double x = r.nextDouble();
            if (x < delete) continue;
            if (x < delete + merge && i + 1 < t.size()) {
                tl.add(t.get(i).text() + " " + t.get(i + 1).text());
                tr.add(List.of(t.get(i).ref(), t.get(i + 1).ref()));
                i++;
                continue;
            }
            tl.add(t.get(i).text());
            tr.add(List.of(t.get(i).ref()));
        }
        return new Pair(new Side(src, src, sl, sr), new Side(tgt, tgt, tl, tr));
    }

    /**
     * Strict bead F1 exactly as {@code score_links.py --strict} computes it for one document pair: the gold
     * beads are the connected groups of lines sharing events between the two documents; a link counts
     * when its two line spans are exactly one gold bead; precision over all links, recall over the beads.
     *
     * @return {links, strict_ok, beads, f1}
     */
    public static double[] strictF1(Pair p, List<Link> links) {
        // lines of each event on each side
        Map<String, List<Integer>> srcLines = new LinkedHashMap<>(), tgtLines = new LinkedHashMap<>();
        for (int i = 0; i < p.source.refs.size(); i++) for (String e : p.source.refs.get(i)) srcLines.computeIfAbsent(e, k -> new ArrayList<>()).add(i + 1);
        for (int i = 0; i < p.target.refs.size(); i++) for (String e : p.target.refs.get(i)) tgtLines.computeIfAbsent(e, k -> new ArrayList<>()).add(i + 1);
        // union-find over (side, line): source lines as +line, target lines as -line
        Map<Integer, Integer> parent = new HashMap<>();
        for (Map.Entry<String, List<Integer>> e : srcLines.entrySet()) {
            List<Integer> tl = tgtLines.get(e.getKey());
            if (tl == null) continue;
            for (int a : e.getValue()) for (int b : tl) union(parent, a, -b);
        }
        Map<Integer, Set<Integer>[]> comps = new HashMap<>();
        for (int x : parent.keySet()) {
            int r = find(parent, x);
            @SuppressWarnings("unchecked")
            Set<Integer>[] c = comps.computeIfAbsent(r, k -> new Set[] {new HashSet<>(), new HashSet<>()});
            if (x > 0) c[0].add(x); else c[1].add(-x);
        }
        Set<List<Set<Integer>>> beads = new HashSet<>();
        for (Set<Integer>[] c : comps.values()) beads.add(List.of(c[0], c[1]));
        int ok = 0;
        for (Link l : links) {
            Set<Integer> a = new HashSet<>(), b = new HashSet<>();
            for (int x = l.source().firstLine(); x <= l.source().lastLine(); x++) a.add(x);
            for (int x = l.target().firstLine(); x <= l.target().lastLine(); x++) b.add(x);
            if (beads.contains(List.of(a, b))) ok++;
        }
        double prec = links.isEmpty() ? 0 : (double) ok / links.size();
        double rec = beads.isEmpty() ? 0 : (double) ok / beads.size();
        double f = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
        return new double[] {links.size(), ok, beads.size(), f};
    }

    private static int find(Map<Integer, Integer> p, int x) {
        p.putIfAbsent(x, x);
        while (p.get(x) != x) {
            p.put(x, p.get(p.get(x)));
            x = p.get(x);
        }
        return x;
    }

    private static void union(Map<Integer, Integer> p, int a, int b) {
        p.put(find(p, a), find(p, b));
    }
}
