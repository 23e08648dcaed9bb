package org.parallax.report.cli;

import org.parallax.core.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The options shared by every command that prints a table: {@code --format tsv|csv|json} (TSV with a
 * header row by default) and {@code --out FILE} (standard output by default). Output is UTF-8.
 */
public final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tsv", converter = FormatConverter.class,
            description = "Output format: tsv (default), csv or json.")
    Table.Format format = Table.Format.TSV;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (UTF-8) instead of standard output.")
    Path out;

    /** Picocli converter for {@link Table.Format} with a usage error naming the choices. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Table.Format> {
        @Override
        public Table.Format convert(String value) {
            try {
                return Table.Format.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** The chosen format. */
    public Table.Format format() { return format; }

    /** Writes the table to standard output or the {@code --out} file. */
    public void write(Table table, CommandLine cl) {
        write(w -> table.write(w, format), cl);
    }

    /** Something that writes to a Writer. */
    @FunctionalInterface
    public interface Body {
        /** Writes. */
        void write(Writer w) throws IOException;
    }

    /** Runs a body against standard output or the {@code --out} file; a write error is a failure naming the file. */
    public void write(Body body, CommandLine cl) {
        if (out == null) {
            PrintWriter stdout = cl.getOut();
            try {
                body.write(stdout);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            stdout.flush();
            return;
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            body.write(w);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + out + ": " + OutputPaths.reason(e, out), e);
        }
    }
}
