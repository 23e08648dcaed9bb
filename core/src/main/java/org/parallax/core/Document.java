package org.parallax.core;

import org.parallax.core.ingest.LineIndex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One document of a corpus: its id, language and metadata, the raw text exactly as read, and its
 * structure &mdash; sections, blocks (headings, paragraphs, list items), sentences and tokens &mdash;
 * each with character offsets into the raw text and 1-based lines of the original file.
 * Boilerplate stays in the document, marked; the {@code content...} methods leave it out.
 *
 * <pre>{@code
 * Document it = Corpus.seeds().document("it-destalinizzazione");
 * it.sentences().size();
 * it.paragraphs().get(0).text();
 * it.lines(it.sentences().get(3).start(), it.sentences().get(3).end()); // line 2
 * Document d = Document.of("note", Language.EN, "Stalin died in March 1953.");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Document {
    private final String id;
    private final Language language;
    private final String title;
    private final Map<String, String> metadata;
    private final Path path;
    private final String text;
    private final LineIndex lines;
    private final List<Block> blocks;
    private final List<Section> sections;
    private final List<Sentence> sentences;
    private final TokenTable tokens;
    private final boolean bomStripped;
    private final int replacements;

    Document(String id, Language language, String title, Map<String, String> metadata, Path path, String text,
             LineIndex lines, List<Block> blocks, List<Section> sections, List<Sentence> sentences, TokenTable tokens,
             boolean bomStripped, int replacements) {
        this.id = Objects.requireNonNull(id);
        this.language = Objects.requireNonNull(language);
        this.title = title;
        this.metadata = Collections.unmodifiableMap(metadata);
        this.path = path;
        this.text = text;
        this.lines = lines;
        this.blocks = List.copyOf(blocks);
        this.sections = List.copyOf(sections);
        this.sentences = List.copyOf(sentences);
        this.tokens = tokens;
        this.bomStripped = bomStripped;
        this.replacements = replacements;
    }

    /**
     * Analyzes a text into a document; {@code language} may be null to detect it.
     *
     * @throws NullPointerException naming {@code id} or {@code text} when it is null
     */
    public static Document of(String id, Language language, String text) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        return DocumentAnalyzer.create().analyze(id, language, text);
    }

    /** The document's id. */
    public String id() { return id; }

    /** The document's language (from the manifest, or detected). */
    public Language language() { return language; }

    /** The title from the manifest, or the id when there is none. */
    public String title() { return title == null || title.isBlank() ? id : title; }

    /** All metadata: the manifest's columns (id, file, language, title, source, genre and any extra ones). */
    public Map<String, String> metadata() { return metadata; }

    /** One metadata field, if present and not empty. */
    public Optional<String> metadata(String field) {
        String v = metadata.get(field);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** The file the document was read from, or null for in-memory text. */
    public Path path() { return path; }

    /** The raw text exactly as read (a UTF-8 BOM removed; line breaks untouched). */
    public String text() { return text; }

    /** Whether a byte-order mark was removed when reading. */
    public boolean bomStripped() { return bomStripped; }

    /** How many invalid UTF-8 sequences were replaced (lenient reading only). */
    public int replacements() { return replacements; }

    /** The raw text of a span. */
    public String text(int start, int end) { return text.substring(start, end); }

    /** Number of lines of the original file. */
    public int lineCount() { return lines.lineCount(); }

    /**
     * The text of a 1-based line, without its line break.
     *
     * @throws IndexOutOfBoundsException unless {@code 1 <= line <= }{@link #lineCount()}
     */
    public String line(int line) { return text.substring(lines.lineStart(line), lines.lineEnd(line)); }

    /**
     * The 1-based line range of a span {@code [start, end)}.
     *
     * @throws IndexOutOfBoundsException unless {@code 0 <= start <= end <= } the text's length, as
     *                                   {@link String#substring(int, int)}
     */
    public LineIndex.LineRange lines(int start, int end) { return lines.lines(start, end); }

    /** The 1-based line of an offset. */
    public int lineOf(int offset) { return lines.lineOf(offset); }

    /** The line index. */
    public LineIndex lineIndex() { return lines; }

    /** All blocks (headings, paragraphs, list items), boilerplate included. */
    public List<Block> blocks() { return blocks; }

    /** Blocks outside boilerplate. */
    public List<Block> contentBlocks() { return blocks.stream().filter(b -> !b.isBoilerplate()).toList(); }

    /** Paragraphs outside boilerplate. */
    public List<Block> paragraphs() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.PARAGRAPH && !b.isBoilerplate()).toList();
    }

    /** Headings (boilerplate included: their {@link Block#boilerplate()} says so). */
    public List<Block> headings() { return blocks.stream().filter(b -> b.kind() == BlockKind.HEADING).toList(); }

    /** List items (boilerplate included). */
    public List<Block> listItems() { return blocks.stream().filter(b -> b.kind() == BlockKind.LIST_ITEM).toList(); }

    /** Sections, in document order (nested by level; see {@link Section#parent()}). */
    public List<Section> sections() { return sections; }

    /** All sentences, boilerplate included. */
    public List<Sentence> sentences() { return sentences; }

    /** Sentences outside boilerplate. */
    public List<Sentence> contentSentences() { return sentences.stream().filter(s -> !s.boilerplate()).toList(); }

    /** The sentences of a block. */
    public List<Sentence> sentences(Block block) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : sentences) if (s.block() == block.index()) out.add(s);
        return Collections.unmodifiableList(out);
    }

    /** All tokens as records (a view created on demand over {@link #tokenTable()}). */
    public List<Token> tokens() { return tokens.asList(text, lines::lineOf, 0, tokens.size()); }

    /** The tokens of a sentence. */
    public List<Token> tokens(Sentence s) { return tokens.asList(text, lines::lineOf, s.firstToken(), s.endToken()); }

    /** Tokens outside boilerplate. */
    public List<Token> contentTokens() { return tokens().stream().filter(t -> !t.boilerplate()).toList(); }

    /** The token columns, for fast iteration. */
    public TokenTable tokenTable() { return tokens; }

    /** The 1-based lines covered by boilerplate blocks, ascending. */
    public List<Integer> boilerplateLines() {
        TreeSet<Integer> out = new TreeSet<>();
        for (Block b : blocks) {
            if (b.isBoilerplate()) for (int l = b.firstLine(); l <= b.lastLine(); l++) out.add(l);
        }
        return List.copyOf(out);
    }

    /** Counts for {@code parallax info}. */
    public DocumentSummary summary() {
        int paragraphs = paragraphs().size();
        int sents = 0;
        for (Sentence s : sentences) if (!s.boilerplate()) sents++;
        long toks = 0;
        for (int i = 0; i < tokens.size(); i++) if (!tokens.isBoilerplate(i)) toks++;
        return new DocumentSummary(id, language, paragraphs, sents, toks, boilerplateLines().size());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        DocumentSummary s = summary();
        sb.append(String.format("Document %s (%s) \"%s\": %d lines, %d paragraphs, %d sentences, %d tokens, %d boilerplate lines%n",
                id, language, title(), lineCount(), s.paragraphs(), s.sentences(), s.tokens(), s.boilerplateLines()));
        int shown = 0;
        for (Block b : blocks) {
            if (shown++ == 8) {
                sb.append(String.format("  ... %d more blocks%n", blocks.size() - 8));
                break;
            }
            sb.append("  ").append(b).append(System.lineSeparator());
        }
        return sb.toString();
    }
}
