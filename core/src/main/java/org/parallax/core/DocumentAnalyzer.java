package org.parallax.core;

import org.parallax.core.ingest.BlockDraft;
import org.parallax.core.ingest.BoilerplateDetector;
import org.parallax.core.ingest.LineIndex;
import org.parallax.core.ingest.StructureParser;
import org.parallax.core.lang.LanguageGuess;
import org.parallax.core.lang.LanguageIdentifier;
import org.parallax.core.text.AnalysisSink;
import org.parallax.core.text.LanguageKit;
import org.parallax.core.text.TextAnalyzer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns raw text into a {@link Document}: structure (headings, paragraphs, list items, sections),
 * boilerplate marks, document and paragraph languages, tokens with all their layers, and sentences.
 * It also computes a {@link DocumentSummary} in streaming mode, keeping no token at all, for texts
 * too large to hold as a document.
 *
 * <pre>{@code
 * DocumentAnalyzer a = DocumentAnalyzer.create();
 * Document d = a.analyze("note", Language.EN, "Stalin died in March 1953. Khrushchev rose.");
 * }</pre>
 *
 * <p>Not thread-safe (it keeps per-language analyzers and their caches); use one per thread.
 */
public final class DocumentAnalyzer {
    private final AnalysisOptions options;
    private final StructureParser structure;
    private final BoilerplateDetector boilerplate;
    private final LanguageIdentifier identifier;
    private final Map<Language, TextAnalyzer> analyzers = new HashMap<>();

    private DocumentAnalyzer(AnalysisOptions options) {
        this.options = options;
        this.boilerplate = BoilerplateDetector.standard();
        this.structure = StructureParser.using(boilerplate);
        this.identifier = LanguageIdentifier.standard();
    }

    /** An analyzer with default options. */
    public static DocumentAnalyzer create() { return new DocumentAnalyzer(AnalysisOptions.defaults()); }

    /** An analyzer with the given options. */
    public static DocumentAnalyzer create(AnalysisOptions options) { return new DocumentAnalyzer(options); }

    /** The options. */
    public AnalysisOptions options() { return options; }

    /**
     * Analyzes a text; {@code language} may be null to detect it.
     *
     * @throws NullPointerException naming {@code id} or {@code text} when it is null
     */
    public Document analyze(String id, Language language, String text) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("id", id);
        return analyze(id, language, null, meta, null, text, false, 0);
    }

    /** The per-language text analyzer (created on first use). */
    public TextAnalyzer textAnalyzer(Language language) {
        LanguageKit kit = LanguageKit.forTokens(language);
        return analyzers.computeIfAbsent(kit.language(), l -> new TextAnalyzer(kit, options.lemmas()));
    }

    /** What the structural passes find before tokenization. */
    private record Layout(LineIndex lines, List<BlockDraft> drafts, Boilerplate[] marks, Language language,
                          Language[] blockLanguages) {}

    /**
     * The structural passes; with {@code contentLanguagesOnly} boilerplate blocks are not identified
     * (they take the document's language): for callers that never look at a boilerplate block's language.
     */
    private Layout layout(String text, Language language, String title, boolean contentLanguagesOnly) {
        LineIndex lines = LineIndex.of(text);
        List<BlockDraft> drafts = structure.parse(text, lines, title);
        Boilerplate[] marks = boilerplate.detect(text, drafts);
        Language lang = language != null ? language : detectDocumentLanguage(text, drafts, marks);
        Language[] blockLangs = new Language[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            BlockDraft d = drafts.get(i);
            if (options.paragraphLanguages() && d.kind() != BlockKind.HEADING
                    && !(contentLanguagesOnly && marks[i].isBoilerplate())) {
                // a paragraph is identified from its first PARAGRAPH_CHARS chars (two or three sentences);
                // pass no more, so that a huge block (a 100 MB line) is not copied whole by subSequence
                int end = Math.min(d.end(), d.start() + LanguageIdentifier.PARAGRAPH_CHARS);
                CharSequence sample = text.subSequence(d.start(), end);
                // boilerplate is identified by the cheap rules only; the model is kept for content
                LanguageGuess g = marks[i].isBoilerplate() ? identifier.identifyCheaply(sample, lang)
                        : identifier.identify(sample, lang);
                blockLangs[i] = g.language();
            } else {
                blockLangs[i] = lang;
            }
        }
        return new Layout(lines, drafts, marks, lang, blockLangs);
    }

    /** The language detected for a whole text from its content blocks. */
    public Language detectDocumentLanguage(String text) {
        LineIndex lines = LineIndex.of(text);
        List<BlockDraft> drafts = structure.parse(text, lines, null);
        return detectDocumentLanguage(text, drafts, boilerplate.detect(text, drafts));
    }

    /**
     * The language detected for a whole text from blocks already parsed and marked: a sample of its content
     * blocks (no boilerplate, no headings), or its beginning when there are none. Streaming readers that cut
     * the blocks themselves call this to decide exactly as {@link #analyze} does.
     */
    public Language detectDocumentLanguage(String text, List<BlockDraft> drafts, Boilerplate[] marks) {
        StringBuilder sample = new StringBuilder();
        for (int i = 0; i < drafts.size() && sample.length() < LanguageIdentifier.MAX_CHARS; i++) {
            if (marks[i].isBoilerplate() || drafts.get(i).kind() == BlockKind.HEADING) continue;
            BlockDraft d = drafts.get(i);
            sample.append(text, d.start(), Math.min(d.end(), d.start() + LanguageIdentifier.MAX_CHARS)).append('\n');
        }
        if (sample.length() == 0) sample.append(text, 0, Math.min(text.length(), LanguageIdentifier.MAX_CHARS));
        return identifier.identify(sample, null).language();
    }

    /** The kit used for a block: its own language when that is supported, else the document's. */
    private Language tokenLanguage(Language doc, Language block) {
        return block.isSupported() ? block : doc;
    }

    Document analyze(String id, Language language, String title, Map<String, String> metadata, Path path, String text,
                     boolean bom, int replacements) {
        Layout lay = layout(text, language, title, false);
        LineIndex lines = lay.lines;
        List<BlockDraft> drafts = lay.drafts;
        int nb = drafts.size();

        // sections from headings
        List<Section> sections = new ArrayList<>();
        int[] blockSection = new int[nb];
        List<Integer> open = new ArrayList<>(); // stack of open section indexes
        for (int i = 0; i < nb; i++) {
            BlockDraft d = drafts.get(i);
            if (d.kind() == BlockKind.HEADING) {
                while (!open.isEmpty() && sections.get(open.get(open.size() - 1)).level() >= d.level()) {
                    open.remove(open.size() - 1);
                }
                int parent = open.isEmpty() ? -1 : open.get(open.size() - 1);
                int idx = sections.size();
                sections.add(new Section(idx, d.level(), d.text(text), i, i, i, d.start(), d.end(), parent,
                        lay.marks[i].isBoilerplate()));
                open.add(idx);
            }
            blockSection[i] = open.isEmpty() ? -1 : open.get(open.size() - 1);
        }
        // close sections: last block = block before the next heading of same or higher level
        List<Section> closed = new ArrayList<>(sections.size());
        for (Section s : sections) {
            int last = nb - 1;
            for (int j = s.headingBlock() + 1; j < nb; j++) {
                BlockDraft d = drafts.get(j);
                if (d.kind() == BlockKind.HEADING && d.level() <= s.level()) {
                    last = j - 1;
                    break;
                }
            }
            closed.add(new Section(s.index(), s.level(), s.title(), s.headingBlock(), s.firstBlock(), last, s.start(),
                    drafts.get(last).end(), s.parent(), s.boilerplate()));
        }

        List<Block> blocks = new ArrayList<>(nb);
        for (int i = 0; i < nb; i++) {
            BlockDraft d = drafts.get(i);
            blocks.add(new Block(i, d.kind(), d.level(), d.start(), d.end(), d.firstLine(), d.lastLine(), blockSection[i],
                    lay.marks[i], lay.blockLanguages[i], d.text(text)));
        }

        TokenTable.Builder tb = new TokenTable.Builder();
        for (int i = 0; i < nb; i++) {
            BlockDraft d = drafts.get(i);
            tb.startBlock(i, lay.marks[i].isBoilerplate());
            textAnalyzer(tokenLanguage(lay.language, lay.blockLanguages[i])).analyze(text, d.start(), d.end(),
                    d.kind() == BlockKind.HEADING, tb);
        }
        tb.truecase(text);
        TokenTable tokens = tb.build();
        List<Sentence> sentences = new ArrayList<>(tb.sentenceCount);
        for (int k = 0; k < tb.sentenceCount; k++) {
            int first = tb.sFirst[k];
            int end = tb.sEnd[k];
            int st = tokens.start(first);
            int en = tokens.end(end - 1);
            LineIndex.LineRange r = lines.lines(st, en);
            sentences.add(new Sentence(k, tb.sBlock[k], st, en, first, end, r.first(), r.last(),
                    lay.marks[tb.sBlock[k]].isBoilerplate(), text.substring(st, en)));
        }
        Map<String, String> meta = new LinkedHashMap<>(metadata);
        meta.put("language", lay.language.code());
        return new Document(id, lay.language, title, meta, path, text, lines, blocks, closed, sentences, tokens, bom,
                replacements);
    }

    /**
     * Counts a text's paragraphs, sentences and tokens (boilerplate excluded) and boilerplate lines in
     * streaming mode: tokens are counted as they are found and never stored, so memory stays bounded
     * by the text itself whatever its length.
     */
    public DocumentSummary summarize(String id, Language language, String text) {
        Objects.requireNonNull(text, "text");
        Layout lay = layout(text, language, null, true); // boilerplate blocks are skipped below
        Counter c = new Counter();
        int paragraphs = 0;
        int bpLines = 0;
        int lastBpLine = 0;
        for (int i = 0; i < lay.drafts.size(); i++) {
            BlockDraft d = lay.drafts.get(i);
            if (lay.marks[i].isBoilerplate()) {
                for (int l = Math.max(d.firstLine(), lastBpLine + 1); l <= d.lastLine(); l++) bpLines++;
                lastBpLine = Math.max(lastBpLine, d.lastLine());
                continue;
            }
            if (d.kind() == BlockKind.PARAGRAPH) paragraphs++;
            textAnalyzer(tokenLanguage(lay.language, lay.blockLanguages[i])).analyze(text, d.start(), d.end(),
                    d.kind() == BlockKind.HEADING, c);
        }
        return new DocumentSummary(id, lay.language, paragraphs, c.sentences, c.tokens, bpLines);
    }

    private static final class Counter implements AnalysisSink {
        long tokens;
        int sentences;

        @Override
        public void token(int start, int end, TokenType type, int flags, double value, String norm, String stem,
                          String lemma, String upos, boolean stopword, boolean spaceAfter) {
            tokens++;
        }

        @Override
        public void sentenceEnd() { sentences++; }
    }
}
