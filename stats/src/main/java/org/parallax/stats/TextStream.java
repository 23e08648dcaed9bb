package org.parallax.stats;

import org.parallax.core.AnalysisOptions;
import org.parallax.core.BlockKind;
import org.parallax.core.Boilerplate;
import org.parallax.core.DocumentAnalyzer;
import org.parallax.core.Language;
import org.parallax.core.ingest.BlockDraft;
import org.parallax.core.ingest.BoilerplateDetector;
import org.parallax.core.ingest.LineIndex;
import org.parallax.core.ingest.StructureParser;
import org.parallax.core.lang.LanguageIdentifier;
import org.parallax.core.TokenType;
import org.parallax.core.text.AnalysisSink;
import org.parallax.core.text.Lemmatizer;
import org.parallax.core.text.Truecaser;

import java.util.List;

/**
 * Streams the tokens of a raw text to a sink block by block, without building a document: the same
 * passes, in the same order and with the same decisions, as {@link DocumentAnalyzer} makes when it analyses
 * a document (structure with the title, boilerplate marks, document language, paragraph languages, the
 * language kit of each block), so that the tokens, their layers and stopword flags are those of the
 * document's {@code TokenTable}; only the tokens are not stored. Boilerplate blocks are skipped unless
 * asked for (then their language is identified by the cheap rules only, as the document analyzer does).
 * With {@code truecase}, lemmas and UPOS are truecased as in a document ({@link Truecaser}): a first pass
 * over the content collects the readings of lower-case words, so the text is analysed twice.
 *
 * <p>Not thread-safe (it keeps per-language analyzers); one per thread.
 */
final class TextStream {
    /** A sink told where each block starts and whether it is boilerplate. */
    interface BlockSink extends AnalysisSink {
        /** The tokens up to the next call come from one block of the text. */
        void startBlock(String text, boolean boilerplate);
    }

    private final DocumentAnalyzer analyzer;
    private final AnalysisOptions options;
    private final BoilerplateDetector boilerplate = BoilerplateDetector.standard();
    private final StructureParser structure = StructureParser.using(boilerplate);
    private final LanguageIdentifier identifier = LanguageIdentifier.standard();

    TextStream(AnalysisOptions options) {
        this.options = options;
        this.analyzer = DocumentAnalyzer.create(options);
    }

    /**
     * Streams a text's tokens; {@code language} may be null (detected as a document's is), {@code title}
     * may be null (a first line repeating it is the title heading). Returns the document language.
     */
    Language stream(Language language, String title, String text, boolean includeBoilerplate, BlockSink sink) {
        return stream(language, title, text, includeBoilerplate, false, sink);
    }

    /** As {@link #stream(Language, String, String, boolean, BlockSink)}, with truecased lemmas when asked. */
    Language stream(Language language, String title, String text, boolean includeBoilerplate, boolean truecase,
                    BlockSink sink) {
        LineIndex lines = LineIndex.of(text);
        List<BlockDraft> drafts = structure.parse(text, lines, title);
        Boilerplate[] marks = boilerplate.detect(text, drafts);
        Language lang = language != null ? language : analyzer.detectDocumentLanguage(text, drafts, marks);
        Language[] languages = new Language[drafts.size()];
        for (int i = 0; i < drafts.size(); i++) {
            BlockDraft d = drafts.get(i);
            boolean bp = marks[i].isBoilerplate();
            if (bp && !includeBoilerplate) continue;
            Language block = lang;
            if (options.paragraphLanguages() && d.kind() != BlockKind.HEADING) {
                int end = Math.min(d.end(), d.start() + LanguageIdentifier.PARAGRAPH_CHARS);
                CharSequence sample = text.subSequence(d.start(), end);
                block = (bp ? identifier.identifyCheaply(sample, lang) : identifier.identify(sample, lang)).language();
            }
            languages[i] = block.isSupported() ? block : lang;
        }
        BlockSink out = sink;
        if (truecase && options.lemmas()) {
            Truecaser tc = new Truecaser();
            Evidence evidence = new Evidence(text, tc);
            for (int i = 0; i < drafts.size(); i++) {
                BlockDraft d = drafts.get(i);
                if (marks[i].isBoilerplate()) continue; // boilerplate is no evidence, as in a document
                analyzer.textAnalyzer(languages[i]).analyze(text, d.start(), d.end(), d.kind() == BlockKind.HEADING, evidence);
            }
            if (!tc.isEmpty()) out = new Truecased(sink, tc);
        }
        for (int i = 0; i < drafts.size(); i++) {
            if (languages[i] == null) continue;
            BlockDraft d = drafts.get(i);
            out.startBlock(text, marks[i].isBoilerplate());
            analyzer.textAnalyzer(languages[i]).analyze(text, d.start(), d.end(), d.kind() == BlockKind.HEADING, out);
        }
        return lang;
    }

    /** The first pass of truecasing: every content token's reading goes to the truecaser. */
    private record Evidence(String text, Truecaser tc) implements AnalysisSink {
        @Override
        public void token(int start, int end, TokenType type, int flags, double value, String norm, String stem,
                          String lemma, String upos, boolean stopword, boolean spaceAfter) {
            tc.observe(type, text.charAt(start), norm, lemma, upos);
        }

        @Override
        public void sentenceEnd() {}
    }

    /** The second pass: names by capital where a capital says nothing take their lower-case reading. */
    private record Truecased(BlockSink sink, Truecaser tc) implements BlockSink {
        @Override
        public void startBlock(String text, boolean boilerplate) { sink.startBlock(text, boilerplate); }

        @Override
        public void token(int start, int end, TokenType type, int flags, double value, String norm, String stem,
                          String lemma, String upos, boolean stopword, boolean spaceAfter) {
            Lemmatizer.Analysis r = Truecaser.isCandidate(flags) ? tc.reading(norm) : null;
            if (r != null) {
                sink.token(start, end, type, flags & ~Truecaser.CLEARED, value, norm, stem, r.lemma(), r.upos(),
                        stopword, spaceAfter);
            } else {
                sink.token(start, end, type, flags, value, norm, stem, lemma, upos, stopword, spaceAfter);
            }
        }

        @Override
        public void sentenceEnd() { sink.sentenceEnd(); }
    }
}
