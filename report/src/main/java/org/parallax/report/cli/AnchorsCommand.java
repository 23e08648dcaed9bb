package org.parallax.report.cli;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.anchor.Anchor;
import org.parallax.core.anchor.AnchorExtractor;
import org.parallax.core.anchor.AnchorType;
import org.parallax.core.anchor.BilingualDictionary;
import org.parallax.core.anchor.ConceptLexicon;
import org.parallax.core.anchor.CorpusAnchors;
import org.parallax.core.ingest.LineIndex;
import org.parallax.core.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code parallax anchors CORPUS [--doc ID] [--include-boilerplate]}: one row per anchor with
 * {@code doc, first_line, last_line, type, value, text}.
 */
@Command(name = "anchors", mixinStandardHelpOptions = true,
        description = "Print the cross-lingual anchors (time, number, ordinal, entity, cognate, concept) of the corpus: "
                + "doc, first_line, last_line, type, value, text. Entities and cognates are clustered over the whole "
                + "corpus, then --doc/--where select the rows.")
public final class AnchorsCommand implements Callable<Integer> {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    OutputOptions output;

    @Option(names = "--include-boilerplate", description = "Also list anchors found in boilerplate (navigation, references, citation widgets).")
    boolean includeBoilerplate;

    @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "Only these anchor types (time, number, ordinal, entity, cognate, concept).")
    List<String> types = new ArrayList<>();

    @Option(names = "--lexicon", paramLabel = "FILE", description = "An extra concept lexicon (TSV, see the README) merged with the bundled one.")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--dictionary", paramLabel = "SRC:TGT:FILE",
            description = "A bilingual dictionary to widen the concepts: a TSV file (it:en:dict.tsv) or a dictd index "
                    + "(it:en:/usr/share/dictd/freedict-ita-eng.index, with its .dict.dz next to it).")
    List<String> dictionaries = new ArrayList<>();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // entities and cognates cluster over the whole corpus: load it all, filter the rows afterwards
        Corpus all = corpus.loadUnfiltered(spec.commandLine().getErr());
        Corpus selected = corpus.select(all);
        AnchorExtractor extractor = extractor(types, lexicons, dictionaries);
        CorpusAnchors anchors = extractor.extract(all);
        Table.Builder t = Table.builder("doc", "first_line", "last_line", "type", "value", "text").name("anchors");
        for (Document d : selected) {
            LineIndex lines = d.lineIndex();
            for (Anchor a : anchors.anchors(d.id(), includeBoilerplate)) {
                LineIndex.LineRange r = lines.lines(a.start(), a.end());
                t.row(d.id(), r.first(), r.last(), a.type().label(), a.value(), a.text());
            }
        }
        output.write(t.build(), spec.commandLine());
        return Parallax.OK;
    }

    /** The extractor for the command-line options (shared with other commands). */
    static AnchorExtractor extractor(List<String> types, List<Path> lexicons, List<String> dictionaries) {
        AnchorExtractor.Builder b = AnchorExtractor.builder();
        if (!types.isEmpty()) {
            EnumSet<AnchorType> set = EnumSet.noneOf(AnchorType.class);
            for (String s : types) {
                try {
                    set.add(AnchorType.parse(s));
                } catch (IllegalArgumentException e) {
                    throw new Parallax.UsageException("unknown anchor type '" + s + "' (time, number, ordinal, entity, cognate, concept)");
                }
            }
            b.types(set);
        }
        b.lexicon(lexicon(lexicons));
        for (String spec : dictionaries) b.dictionary(readDictionary(spec));
        return b.build();
    }

    /** The bundled concept lexicon merged with the {@code --lexicon} files. */
    static ConceptLexicon lexicon(List<Path> lexicons) {
        ConceptLexicon lex = ConceptLexicon.standard();
        for (Path p : lexicons) lex = lex.merge(ConceptLexicon.load(p));
        return lex;
    }

    /** Reads a {@code --dictionary SRC:TGT:FILE} option (TSV or dictd index). */
    static BilingualDictionary readDictionary(String spec) {
        String[] parts = spec.split(":", 3);
        if (parts.length != 3) throw new Parallax.UsageException("--dictionary expects SRC:TGT:FILE, got '" + spec + "'");
        org.parallax.core.Language src;
        org.parallax.core.Language tgt;
        try {
            src = org.parallax.core.Language.of(parts[0]);
            tgt = org.parallax.core.Language.of(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new Parallax.UsageException("--dictionary " + spec + ": " + e.getMessage());
        }
        Path file = Path.of(parts[2]);
        String name = file.getFileName().toString();
        if (name.endsWith(".index")) {
            String base = name.substring(0, name.length() - ".index".length());
            Path dz = file.resolveSibling(base + ".dict.dz");
            Path plain = file.resolveSibling(base + ".dict");
            return BilingualDictionary.readDictd(file, java.nio.file.Files.exists(dz) ? dz : plain, src, tgt);
        }
        return BilingualDictionary.readTsv(file, src, tgt);
    }
}
