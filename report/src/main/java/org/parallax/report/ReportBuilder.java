package org.parallax.report;

import org.parallax.align.Aligner;
import org.parallax.align.ComparableAligner;
import org.parallax.align.eval.GoldAnnotation;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.anchor.AnchorExtractor;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the batch report of a corpus into a folder: {@code report.html}, a self-contained page (CSS,
 * script and SVG charts inline, no font, image or anything else from outside, a Content Security Policy
 * that forbids every network request), {@code tables/<name>.csv} and {@code tables/<name>.json} for
 * every table of the page, and {@code sources/<doc>.html}, each document's text with numbered lines that
 * the page links to ({@code sources/en-essay.html#L17}). The same corpus and settings give the same
 * bytes: nothing depends on the clock unless {@link #timestamp} is set, and then only the footer line
 * {@code <p class="generated">} does.
 *
 * <pre>{@code
 * ReportFiles f = ReportBuilder.of(Corpus.seeds())
 *         .gold(GoldAnnotation.read(Path.of("seeds/seeds-events.tsv")))
 *         .sections(StandardSections.all())               // the default
 *         .add(TableSection.builder("keyness", "Keywords").table(ctx -> keyness).build())
 *         .progress(ProgressBar.stderr(err))
 *         .write(Path.of("out"));
 * }</pre>
 *
 * <p>The sections are the report's extension point: see {@link ReportSection}, {@link TableSection} and
 * {@link StandardSections}.
 */
public final class ReportBuilder {
    /** The page's file name. */
    public static final String PAGE = "report.html";
    /** The folder of the tables' CSV and JSON files. */
    public static final String TABLES = "tables";
    /** The folder of the rendered source files. */
    public static final String SOURCES = "sources";

    private final Corpus corpus;
    private String title;
    private AnchorExtractor extractor = AnchorExtractor.standard();
    private ComparableAligner aligner;
    private GoldAnnotation gold;
    private List<ReportSection> sections;
    private Instant timestamp;
    private Progress progress = Progress.NONE;

    private ReportBuilder(Corpus corpus) {
        this.corpus = Objects.requireNonNull(corpus);
        String name = corpus.root() == null ? "" : String.valueOf(corpus.root().toAbsolutePath().normalize().getFileName());
        this.title = "Parallax report" + (name.isEmpty() || name.equals("null") ? "" : ": " + name);
    }

    /** A report of a corpus with the standard sections, the standard anchors and the default comparable aligner. */
    public static ReportBuilder of(Corpus corpus) { return new ReportBuilder(corpus); }

    /** The page title (plain text). */
    public ReportBuilder title(String t) { this.title = Objects.requireNonNull(t); return this; }

    /** The anchor extractor (default {@link AnchorExtractor#standard()}). */
    public ReportBuilder anchors(AnchorExtractor x) { this.extractor = Objects.requireNonNull(x); return this; }

    /** The comparable aligner (default {@code Aligner.comparable().anchors(extractor).build()}). */
    public ReportBuilder aligner(ComparableAligner a) { this.aligner = Objects.requireNonNull(a); return this; }

    /** The gold event annotation to evaluate the alignment against (none by default). */
    public ReportBuilder gold(GoldAnnotation g) { this.gold = g; return this; }

    /** Replaces the sections (default {@link StandardSections#all()}), in page order. */
    public ReportBuilder sections(List<? extends ReportSection> s) { this.sections = new ArrayList<>(s); return this; }

    /** Adds a section at the end. */
    public ReportBuilder add(ReportSection s) {
        if (sections == null) sections = new ArrayList<>(StandardSections.all());
        sections.add(Objects.requireNonNull(s));
        return this;
    }

    /**
     * The generation time written in the page's footer ({@code <p class="generated">}), or null (the
     * default) for none, so that the output is byte-for-byte reproducible.
     */
    public ReportBuilder timestamp(Instant t) { this.timestamp = t; return this; }

    /** Where progress is shown (default: nowhere). */
    public ReportBuilder progress(Progress p) { this.progress = Objects.requireNonNull(p); return this; }

    /** "ReportBuilder: "Parallax report: seeds", 5 documents, 14 sections, gold annotation: yes". */
    @Override
    public String toString() {
        return "ReportBuilder: \"" + title + "\", " + corpus.size() + " documents, " + sections().size() + " sections, gold annotation: "
                + (gold == null ? "no" : "yes");
    }

    /** The sections that will be written, in page order. */
    public List<ReportSection> sections() { return List.copyOf(sections == null ? StandardSections.all() : sections); }

    /**
     * Writes the report into a folder (created with its parents when missing; files of an earlier report
     * are overwritten, other files left alone).
     *
     * @throws ReportException when the folder cannot be created or written, or a section fails
     */
    public ReportFiles write(Path folder) {
        List<ReportSection> secs = sections();
        Path tablesDir = folder.resolve(TABLES);
        Path sourcesDir = folder.resolve(SOURCES);
        try {
            Files.createDirectories(folder);
            Files.createDirectories(tablesDir);
            Files.createDirectories(sourcesDir);
        } catch (IOException e) {
            throw new ReportException("cannot create the report folder " + folder + ": " + describe(e), e);
        }
        Map<String, String> sourceNames = sourceFileNames(corpus);
        ComparableAligner a = aligner != null ? aligner : Aligner.comparable().anchors(extractor).build();
        ReportContext ctx = new ReportContext(corpus, extractor, a, gold, sourceNames);
        progress.start("report", secs.size() + corpus.size() + 2);

        Set<String> tableNames = new HashSet<>();
        Set<String> sectionIds = new HashSet<>(List.of("toc", "files", "top", "generated"));
        List<PageWriter.Rendered> rendered = new ArrayList<>();
        List<SectionContent.ReportTable> tables = new ArrayList<>();
        for (ReportSection s : secs) {
            progress.step(s.title());
            String id = Html.slug(s.id());
            String unique = id;
            for (int i = 2; !sectionIds.add(unique); i++) unique = id + "-" + i;
            SectionContent content = new SectionContent(unique, ctx, tableNames);
            try {
                s.render(ctx, content);
            } catch (ReportException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ReportException("section '" + s.title() + "' failed: " + describe(e), e);
            }
            rendered.add(new PageWriter.Rendered(unique, s.title(), content.markup()));
            tables.addAll(content.tables());
        }

        progress.step("tables");
        for (SectionContent.ReportTable t : tables) {
            write(folder.resolve(t.csv()), w -> t.table().writeCsv(w));
            write(folder.resolve(t.json()), w -> t.table().writeJson(w));
        }
        Map<String, Path> sources = new LinkedHashMap<>();
        for (Document d : corpus) {
            progress.step("source " + d.id());
            Path p = sourcesDir.resolve(sourceNames.get(d.id()));
            write(p, w -> w.write(SourcePage.render(d)));
            sources.put(d.id(), p);
        }
        progress.step(PAGE);
        Path page = folder.resolve(PAGE);
        String html = PageWriter.page(title, corpus, rendered, tables, sourceNames, timestamp);
        write(page, w -> w.write(html));
        progress.finish();
        List<String> ids = rendered.stream().map(PageWriter.Rendered::id).toList();
        return new ReportFiles(folder, page, tables, sources, ids);
    }

    /** File names of the rendered sources ({@code <safe id>.html}), unique even on case-insensitive file systems. */
    static Map<String, String> sourceFileNames(Corpus corpus) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Document d : corpus) {
            String base = Html.fileName(d.id());
            String name = base;
            for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) name = base + "-" + i;
            out.put(d.id(), name + ".html");
        }
        return out;
    }

    private interface Body {
        void write(Writer w) throws IOException;
    }

    private static void write(Path file, Body body) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.write(w);
        } catch (IOException e) {
            throw new ReportException("cannot write " + file + ": " + describe(e), e);
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : (e instanceof IOException ? e.getClass().getSimpleName() + ": " + m : m);
    }
}
