package org.parallax.core;

import org.parallax.core.ingest.DecodedText;
import org.parallax.core.ingest.LineIndex;
import org.parallax.core.ingest.MarkupDetector;
import org.parallax.core.ingest.TextDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * An ordered collection of analysed documents with their metadata: from a folder with a manifest
 * {@code corpus.tsv}, from a folder of {@code .txt} files (languages detected), from the bundled seeds,
 * or from documents in memory. Subcorpora by any metadata field with {@link #where}.
 *
 * <pre>{@code
 * Corpus c = Corpus.seeds();
 * c.document("it-destalinizzazione").sentences();
 * c.where("language", "en").size();            // 3
 * Corpus big = Corpus.loader().lenient(true).load(Path.of("mycorpus"));
 * big.repairs();                                // invalid UTF-8 replaced, per file
 * big.warnings();                               // e.g. a file that is HTML, not plain text
 * System.out.println(c);                        // a summary table
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Corpus implements Iterable<Document> {
    private static final String SEEDS = "/org/parallax/seeds/";

    private final Path root;
    private final List<Document> documents;
    private final Map<String, Document> byId;
    private final List<String> repairs;
    private final List<Warning> warnings;

    /** A warning about one document's input. */
    private record Warning(String doc, String message) {}

    private Corpus(Path root, List<Document> documents, List<String> repairs, List<Warning> warnings) {
        this.root = root;
        this.documents = List.copyOf(documents);
        Map<String, Document> m = new LinkedHashMap<>();
        for (Document d : documents) {
            if (m.putIfAbsent(d.id(), d) != null) throw new IllegalArgumentException("duplicate document id '" + d.id() + "'");
        }
        this.byId = m;
        this.repairs = List.copyOf(repairs);
        this.warnings = List.copyOf(warnings);
    }

    /** Loads a corpus folder (with or without {@code corpus.tsv}) with default options. */
    public static Corpus load(Path folder) { return loader().load(folder); }

    /** The bundled demo corpus: five documents on de-Stalinization, read from the classpath. */
    public static Corpus seeds() { return loader().seeds(); }

    /** A corpus of documents already in memory. */
    public static Corpus of(Document... documents) { return new Corpus(null, List.of(documents), List.of(), List.of()); }

    /** A corpus of documents already in memory. */
    public static Corpus of(List<Document> documents) { return new Corpus(null, documents, List.of(), List.of()); }

    /** A loader with options. */
    public static Loader loader() { return new Loader(); }

    /** The folder the corpus was loaded from, or null. */
    public Path root() { return root; }

    /** The documents, in manifest (or file name) order. */
    public List<Document> documents() { return documents; }

    /** Number of documents. */
    public int size() { return documents.size(); }

    /** Document ids in order. */
    public List<String> ids() { return documents.stream().map(Document::id).toList(); }

    /** The languages of the documents, in order of first appearance. */
    public Set<Language> languages() {
        Set<Language> s = new LinkedHashSet<>();
        for (Document d : documents) s.add(d.language());
        return Collections.unmodifiableSet(s);
    }

    /** A document by id. @throws IllegalArgumentException naming the known ids when there is none */
    public Document document(String id) {
        Document d = byId.get(id);
        if (d == null) throw new IllegalArgumentException("no document '" + id + "' in the corpus; ids: " + String.join(", ", byId.keySet()));
        return d;
    }

    /** Whether a document with this id exists. */
    public boolean contains(String id) { return byId.containsKey(id); }

    /** Repairs made while reading in lenient mode ("file: N invalid UTF-8 sequences replaced"). */
    public List<String> repairs() { return repairs; }

    /**
     * Warnings about the input of the documents, found while loading; the text is analysed as it is. So far
     * one kind: a file that looks like HTML or XML markup rather than plain text ({@link MarkupDetector}),
     * named with the line of its first tag ({@code …/page.txt: line 1: looks like HTML or XML markup, not plain
     * text (…)}). A subcorpus keeps the warnings of its documents.
     */
    public List<String> warnings() { return warnings.stream().map(Warning::message).toList(); }

    /**
     * The subcorpus of documents whose metadata field equals the value (case-insensitive, trimmed); fields
     * are the manifest's columns: {@code id}, {@code language}, {@code genre}, {@code source}, {@code title},
     * or any extra column (see {@link #fields()}). A value no document has selects nothing.
     *
     * @throws IllegalArgumentException when no document has the field (a misspelled field would otherwise
     *                                  select nothing, silently), naming the fields there are; an empty
     *                                  corpus accepts any field
     */
    public Corpus where(String field, String value) {
        String f = Objects.requireNonNull(field, "field").strip().toLowerCase(Locale.ROOT);
        String v = Objects.requireNonNull(value, "value").strip();
        if (!documents.isEmpty()) {
            Set<String> fields = fields();
            if (!fields.contains(f)) {
                throw new IllegalArgumentException("no field '" + field.strip() + "' in the corpus; fields: "
                        + String.join(", ", fields));
            }
        }
        return filter(d -> d.metadata(f).map(x -> x.equalsIgnoreCase(v)).orElse(false));
    }

    /**
     * The metadata fields of the documents (lower case), in order of first appearance: {@code id} and
     * {@code language} always, then the manifest's columns ({@code file}, {@code title}, {@code genre} ...).
     */
    public Set<String> fields() {
        Set<String> out = new LinkedHashSet<>(List.of("id", "language"));
        for (Document d : documents) {
            for (String k : d.metadata().keySet()) out.add(k.toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(out);
    }

    /** The subcorpus of documents accepted by a predicate. */
    public Corpus filter(Predicate<Document> p) {
        List<Document> kept = documents.stream().filter(p).toList();
        Set<String> ids = new java.util.HashSet<>();
        for (Document d : kept) ids.add(d.id());
        return new Corpus(root, kept, repairs, warnings.stream().filter(w -> ids.contains(w.doc())).toList());
    }

    /** The subcorpus without the documents accepted by a predicate (e.g. a reference corpus: all but one document). */
    public Corpus without(Predicate<Document> p) { return filter(p.negate()); }

    /** A stream of the documents. */
    public Stream<Document> stream() { return documents.stream(); }

    @Override
    public Iterator<Document> iterator() { return documents.iterator(); }

    /** One summary per document. */
    public List<DocumentSummary> summaries() { return documents.stream().map(Document::summary).toList(); }

    @Override
    public String toString() {
        List<DocumentSummary> rows = summaries();
        int w = "doc".length();
        for (DocumentSummary s : rows) w = Math.max(w, s.doc().length());
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Corpus: %d documents, %s%n", size(), languages()));
        String fmt = "%-" + w + "s  %-8s  %10s  %9s  %8s  %17s%n";
        sb.append(String.format(fmt, "doc", "language", "paragraphs", "sentences", "tokens", "boilerplate_lines"));
        for (DocumentSummary s : rows) {
            sb.append(String.format(fmt, s.doc(), s.language(), s.paragraphs(), s.sentences(), s.tokens(), s.boilerplateLines()));
        }
        return sb.toString();
    }

    /**
     * Loads corpora with options: lenient UTF-8 decoding (bad bytes replaced and reported), analysis
     * options, and parallelism (documents are analysed on several threads; the result does not depend
     * on it).
     *
     * <pre>{@code
     * Corpus c = Corpus.loader().lenient(true).threads(4).load(Path.of("corpus"));
     * c.repairs();
     * }</pre>
     */
    public static final class Loader {
        private boolean lenient;
        private AnalysisOptions options = AnalysisOptions.defaults();
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

        private Loader() {}

        /** Replace invalid UTF-8 by U+FFFD (and report it in {@link Corpus#repairs()}) instead of failing. */
        public Loader lenient(boolean on) { this.lenient = on; return this; }

        /** Analysis options. */
        public Loader options(AnalysisOptions o) { this.options = Objects.requireNonNull(o); return this; }

        /** Number of analysis threads (at least 1). */
        public Loader threads(int n) { this.threads = Math.max(1, n); return this; }

        /** Loads a folder: with {@code corpus.tsv} when present, else every {@code *.txt} file in it. */
        public Corpus load(Path folder) {
            List<String> repairs = new ArrayList<>();
            List<Source> sources = sources(folder, repairs::add);
            return build(folder, sources, repairs);
        }

        /**
         * Counts every document of a folder in streaming mode ({@link DocumentAnalyzer#summarize}): no
         * document is kept, so a corpus of any size, or a single 100 MB line, fits in memory.
         */
        public List<DocumentSummary> summaries(Path folder, Predicate<Map<String, String>> filter) {
            return summaries(folder, filter, r -> { });
        }

        /** As {@link #summaries(Path, Predicate)}, reporting lenient-mode repairs ("file: N ... replaced") to a sink. */
        public List<DocumentSummary> summaries(Path folder, Predicate<Map<String, String>> filter,
                                               java.util.function.Consumer<String> repairs) {
            return summaries(folder, filter, repairs, w -> { });
        }

        /**
         * As {@link #summaries(Path, Predicate, java.util.function.Consumer)}, reporting also the warnings about the
         * selected documents' input (as {@link Corpus#warnings()}) to a sink.
         */
        public List<DocumentSummary> summaries(Path folder, Predicate<Map<String, String>> filter,
                                               java.util.function.Consumer<String> repairs,
                                               java.util.function.Consumer<String> warnings) {
            return summarize(sources(folder, repairs), filter, repairs, warnings);
        }

        /**
         * The metadata of every document of a folder as the manifest gives it (or {@code id} and {@code file}
         * for a folder of {@code .txt} files), without reading any text: to check ids and fields cheaply.
         * {@code language} is there when the manifest gives it.
         */
        public List<Map<String, String>> catalog(Path folder) {
            return catalog(sources(folder, r -> { }));
        }

        /** The metadata of the bundled seeds' documents, as {@link #catalog(Path)}. */
        public List<Map<String, String>> seedCatalog() {
            return catalog(seedSources());
        }

        private static List<Map<String, String>> catalog(List<Source> sources) {
            List<Map<String, String>> out = new ArrayList<>(sources.size());
            for (Source s : sources) {
                Map<String, String> meta = new LinkedHashMap<>(s.meta);
                if (s.language != null) meta.put("language", s.language.code());
                out.add(Collections.unmodifiableMap(meta));
            }
            return Collections.unmodifiableList(out);
        }

        /** Counts the bundled seeds in streaming mode. */
        public List<DocumentSummary> seedSummaries(Predicate<Map<String, String>> filter) {
            return summarize(seedSources(), filter, r -> { }, w -> { });
        }

        private List<DocumentSummary> summarize(List<Source> sources, Predicate<Map<String, String>> filter,
                                                java.util.function.Consumer<String> repairs,
                                                java.util.function.Consumer<String> warnings) {
            TextDecoder decoder = lenient ? TextDecoder.lenient() : TextDecoder.strict();
            DocumentAnalyzer a = DocumentAnalyzer.create(options);
            List<DocumentSummary> out = new ArrayList<>();
            for (Source s : sources) {
                Map<String, String> meta = new LinkedHashMap<>(s.meta);
                if (s.language != null) meta.put("language", s.language.code());
                // without a manifest the language is known only once the text is read: filter afterwards
                if (s.language != null && !filter.test(meta)) continue;
                DecodedText t = read(decoder, s);
                DocumentSummary summary = a.summarize(s.id, s.language, t.text());
                if (s.language == null) {
                    meta.put("language", summary.language().code());
                    if (!filter.test(meta)) continue;
                }
                if (t.replacements() > 0) {
                    repairs.accept(s.path + ": " + t.replacements() + " invalid UTF-8 sequence(s) replaced by U+FFFD");
                }
                String w = markupWarning(s.path, t.text(), null);
                if (w != null) warnings.accept(w);
                out.add(summary);
            }
            return Collections.unmodifiableList(out);
        }

        /** The documents of a folder as lazy sources (nothing is read yet). */
        private List<Source> sources(Path folder, java.util.function.Consumer<String> repairs) {
            if (Files.isRegularFile(folder) && folder.getFileName().toString().equals(Manifest.FILE_NAME)) {
                folder = folder.toAbsolutePath().getParent();
            }
            if (Files.isRegularFile(folder)) {
                throw CorpusException.inFile(folder, "not a corpus folder but a file: give the folder that holds it (with "
                        + Manifest.FILE_NAME + ", or the .txt files), or " + Manifest.FILE_NAME + " itself");
            }
            if (!Files.isDirectory(folder)) throw CorpusException.inFile(folder, "not a corpus folder (no such directory)");
            Path manifestFile = folder.resolve(Manifest.FILE_NAME);
            List<Source> sources = new ArrayList<>();
            if (Files.isRegularFile(manifestFile)) {
                Manifest m = Manifest.read(manifestFile, lenient ? TextDecoder.lenient() : TextDecoder.strict());
                if (m.replacements() > 0) {
                    repairs.accept(manifestFile + ": " + m.replacements() + " invalid UTF-8 sequence(s) replaced by U+FFFD");
                }
                for (ManifestEntry e : m.entries()) {
                    Path p = m.resolve(folder, e);
                    sources.add(new Source(e.id(), e.language(), e.title(), new LinkedHashMap<>(e.fields()), p,
                            () -> Files.readAllBytes(p)));
                }
            } else {
                List<Path> files;
                try (Stream<Path> s = Files.list(folder)) {
                    files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                            .filter(Files::isRegularFile).sorted().toList();
                } catch (IOException e) {
                    throw CorpusException.inFile(folder, "cannot list folder: " + e.getMessage(), e);
                }
                if (files.isEmpty()) {
                    throw CorpusException.inFile(folder, "no " + Manifest.FILE_NAME + " and no .txt files in this folder");
                }
                for (Path p : files) {
                    String name = p.getFileName().toString();
                    String id = name.substring(0, name.length() - 4);
                    Map<String, String> meta = new LinkedHashMap<>();
                    meta.put("id", id);
                    meta.put("file", name);
                    sources.add(new Source(id, null, "", meta, p, () -> Files.readAllBytes(p)));
                }
            }
            return sources;
        }

        /** Loads the bundled seeds from the classpath. */
        public Corpus seeds() {
            return build(null, seedSources(), new ArrayList<>());
        }

        private List<Source> seedSources() {
            Manifest m;
            try (InputStream in = Corpus.class.getResourceAsStream(SEEDS + Manifest.FILE_NAME)) {
                if (in == null) throw new IllegalStateException("the seeds are not on the classpath");
                m = Manifest.read(in, Path.of("seeds", Manifest.FILE_NAME));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<Source> sources = new ArrayList<>();
            for (ManifestEntry e : m.entries()) {
                String res = SEEDS + e.file();
                sources.add(new Source(e.id(), e.language(), e.title(), new LinkedHashMap<>(e.fields()), Path.of("seeds", e.file()),
                        () -> {
                            try (InputStream in = Corpus.class.getResourceAsStream(res)) {
                                if (in == null) throw new IOException("missing resource " + res);
                                return in.readAllBytes();
                            }
                        }));
            }
            return sources;
        }

        private Corpus build(Path root, List<Source> sources, List<String> repairs) {
            TextDecoder decoder = lenient ? TextDecoder.lenient() : TextDecoder.strict();
            List<Document> docs = new ArrayList<>(sources.size());
            int n = Math.min(threads, sources.size());
            if (n <= 1) {
                DocumentAnalyzer a = DocumentAnalyzer.create(options);
                for (Source s : sources) docs.add(analyze(a, decoder, s));
            } else {
                ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
                    Thread t = new Thread(r, "parallax-load");
                    t.setDaemon(true);
                    return t;
                });
                try {
                    ThreadLocal<DocumentAnalyzer> analyzers = ThreadLocal.withInitial(() -> DocumentAnalyzer.create(options));
                    List<Future<Document>> futures = new ArrayList<>();
                    for (Source s : sources) futures.add(pool.submit(() -> analyze(analyzers.get(), decoder, s)));
                    for (Future<Document> f : futures) docs.add(f.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while loading the corpus", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException re) throw re;
                    throw new IllegalStateException(e.getCause());
                } finally {
                    pool.shutdownNow();
                }
            }
            for (Document d : docs) {
                if (d.replacements() > 0) {
                    repairs.add(d.path() + ": " + d.replacements() + " invalid UTF-8 sequence(s) replaced by U+FFFD");
                }
            }
            List<Warning> warnings = new ArrayList<>();
            for (Document d : docs) {
                String w = markupWarning(d.path(), d.text(), d.lineIndex());
                if (w != null) warnings.add(new Warning(d.id(), w));
            }
            return new Corpus(root, docs, repairs, warnings);
        }

        /** The warning for a text that looks like markup, or null ({@code lines} may be null: built when needed). */
        private static String markupWarning(Path path, String text, LineIndex lines) {
            return MarkupDetector.detect(text)
                    .map(m -> m.warning(String.valueOf(path), text, lines != null ? lines : LineIndex.of(text)))
                    .orElse(null);
        }

        private Document analyze(DocumentAnalyzer a, TextDecoder decoder, Source s) {
            DecodedText t = read(decoder, s);
            return a.analyze(s.id, s.language, s.title, s.meta, s.path, t.text(), t.bomStripped(), t.replacements());
        }

        private static DecodedText read(TextDecoder decoder, Source s) {
            byte[] bytes;
            try {
                bytes = s.bytes.get();
            } catch (IOException e) {
                throw CorpusException.inFile(s.path, "cannot read: " + e.getMessage(), e);
            }
            return decoder.decode(bytes, s.path);
        }
    }

    /** A single source of document text: its manifest data and a way to get the bytes. */
    private record Source(String id, Language language, String title, Map<String, String> meta, Path path,
                          IoSupplier bytes) {}

    @FunctionalInterface
    private interface IoSupplier {
        byte[] get() throws IOException;
    }
}
