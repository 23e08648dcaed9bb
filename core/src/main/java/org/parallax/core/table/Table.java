package org.parallax.core.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A result table: named columns and rows of values (strings, integers, doubles, booleans; {@code null}
 * or NaN for undefined), written as TSV, CSV (RFC 4180) or JSON, and printed in JShell as an aligned
 * preview of its first rows. Every command-line table and every exported report table is one of these.
 *
 * <pre>{@code
 * Table t = Table.builder("term", "freq").row("stalin", 42).row("krusciov", 7).build();
 * t.toTsv();      // "term\tfreq\nstalin\t42\nkrusciov\t7\n"
 * t.toJson();     // [{"term":"stalin","freq":42},...]
 * System.out.println(t);
 * }</pre>
 *
 * <p>Undefined numbers (NaN or null) are written {@code nan} in TSV and CSV and {@code null} in JSON.
 * Doubles are written with full precision (the shortest decimal that reads back to the same value).
 * Text cells in TSV escape tabs, line breaks and backslashes as {@code \t}, {@code \n}, {@code \r},
 * {@code \\}. Immutable.
 */
public final class Table {
    /** Output formats. */
    public enum Format {
        /** Tab-separated values with a header row. */
        TSV,
        /** Comma-separated values (RFC 4180) with a header row. */
        CSV,
        /** A JSON array of objects, one per row. */
        JSON;

        /** Parses {@code tsv}, {@code csv} or {@code json} (case-insensitive). */
        public static Format parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + s + "' (tsv, csv, json)");
            }
        }
    }

    private final String name;
    private final List<String> columns;
    private final List<List<Object>> rows;

    private Table(String name, List<String> columns, List<List<Object>> rows) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.rows = Collections.unmodifiableList(rows);
    }

    /** A builder for a table with these columns. @throws IllegalArgumentException for no column or a duplicate one */
    public static Builder builder(String... columns) { return new Builder(List.of(columns)); }

    /** A builder for a table with these columns. @throws IllegalArgumentException for no column or a duplicate one */
    public static Builder builder(List<String> columns) { return new Builder(columns); }

    /** The table's name (used for file names in reports), or "table". */
    public String name() { return name; }

    /** A copy with a name. */
    public Table named(String n) { return new Table(n, columns, rows); }

    /** Column names. */
    public List<String> columns() { return columns; }

    /** Rows (each as long as the columns). */
    public List<List<Object>> rows() { return rows; }

    /** Number of rows. */
    public int size() { return rows.size(); }

    /** The value in a row and column. */
    public Object get(int row, String column) {
        int c = columns.indexOf(column);
        if (c < 0) throw new IllegalArgumentException("no column '" + column + "' in " + columns);
        return rows.get(row).get(c);
    }

    /** The first {@code n} rows. */
    public Table head(int n) { return new Table(name, columns, rows.subList(0, Math.min(n, rows.size()))); }

    /** Writes the table in a format. */
    public void write(Writer out, Format format) throws IOException {
        switch (format) {
            case TSV -> writeTsv(out);
            case CSV -> writeCsv(out);
            case JSON -> writeJson(out);
            default -> throw new IllegalArgumentException(format.toString());
        }
    }

    /** The table in a format, as a string. */
    public String format(Format format) {
        StringWriter w = new StringWriter();
        try {
            write(w, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** TSV text. */
    public String toTsv() { return format(Format.TSV); }

    /** CSV text. */
    public String toCsv() { return format(Format.CSV); }

    /** JSON text. */
    public String toJson() { return format(Format.JSON); }

    /** Writes TSV with a header row. */
    public void writeTsv(Writer out) throws IOException {
        out.write(String.join("\t", columns));
        out.write('\n');
        StringBuilder sb = new StringBuilder();
        for (List<Object> r : rows) {
            sb.setLength(0);
            for (int i = 0; i < r.size(); i++) {
                if (i > 0) sb.append('\t');
                appendTsv(sb, r.get(i));
            }
            sb.append('\n');
            out.write(sb.toString());
        }
    }

    /** Writes CSV (RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled). */
    public void writeCsv(Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) sb.append(',');
            appendCsv(sb, columns.get(i));
        }
        sb.append("\r\n");
        out.write(sb.toString());
        for (List<Object> r : rows) {
            sb.setLength(0);
            for (int i = 0; i < r.size(); i++) {
                if (i > 0) sb.append(',');
                appendCsv(sb, text(r.get(i)));
            }
            sb.append("\r\n");
            out.write(sb.toString());
        }
    }

    /** Writes a JSON array of objects. */
    public void writeJson(Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartArray();
        for (List<Object> r : rows) {
            g.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                g.writeFieldName(columns.get(i));
                Object v = r.get(i);
                if (v == null) g.writeNull();
                else if (v instanceof Double d) {
                    if (d.isNaN() || d.isInfinite()) g.writeNull();
                    else g.writeNumber(d);
                } else if (v instanceof Float f) {
                    if (f.isNaN() || f.isInfinite()) g.writeNull();
                    else g.writeNumber(f);
                } else if (v instanceof Integer n) g.writeNumber(n);
                else if (v instanceof Long n) g.writeNumber(n);
                else if (v instanceof Boolean b) g.writeBoolean(b);
                else g.writeString(v.toString());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.flush();
        out.write('\n');
    }

    /** The text of a cell as written in TSV/CSV (before escaping). */
    public static String text(Object v) {
        if (v == null) return "nan";
        if (v instanceof Double d) {
            if (d.isNaN()) return "nan";
            if (d.isInfinite()) return d > 0 ? "inf" : "-inf";
            return Double.toString(d);
        }
        return v.toString();
    }

    private static void appendTsv(StringBuilder sb, Object v) {
        String s = text(v);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c);
            }
        }
    }

    private static void appendCsv(StringBuilder sb, String s) {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        if (!quote) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') sb.append('"');
            sb.append(c);
        }
        sb.append('"');
    }

    /** Preview: the first rows with aligned columns (numbers to 4 significant decimals). */
    @Override
    public String toString() { return preview(20); }

    /** Preview of the first {@code n} rows with aligned columns. */
    public String preview(int n) {
        int shown = Math.min(n, rows.size());
        String[][] cells = new String[shown + 1][columns.size()];
        for (int c = 0; c < columns.size(); c++) cells[0][c] = columns.get(c);
        boolean[] numeric = new boolean[columns.size()];
        Arrays.fill(numeric, true);
        for (int r = 0; r < shown; r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < columns.size(); c++) {
                Object v = row.get(c);
                cells[r + 1][c] = short_(v);
                if (!(v instanceof Number) && v != null) numeric[c] = false;
            }
        }
        int[] w = new int[columns.size()];
        for (String[] row : cells) for (int c = 0; c < row.length; c++) w[c] = Math.min(60, Math.max(w[c], row[c].length()));
        StringBuilder sb = new StringBuilder();
        if (!"table".equals(name)) sb.append(name).append(": ");
        sb.append(rows.size()).append(rows.size() == 1 ? " row" : " rows").append(System.lineSeparator());
        for (String[] row : cells) {
            for (int c = 0; c < row.length; c++) {
                String s = row[c].length() > 60 ? row[c].substring(0, 59) + "…" : row[c];
                if (c > 0) sb.append("  ");
                if (numeric[c] && row != cells[0]) sb.append(" ".repeat(w[c] - s.length())).append(s);
                else sb.append(s).append(" ".repeat(c == row.length - 1 ? 0 : w[c] - s.length()));
            }
            sb.append(System.lineSeparator());
        }
        if (rows.size() > shown) sb.append("... ").append(rows.size() - shown).append(" more rows").append(System.lineSeparator());
        return sb.toString();
    }

    private static String short_(Object v) {
        if (v == null) return "nan";
        if (v instanceof Double d) {
            if (d.isNaN()) return "nan";
            double a = Math.abs(d);
            if (d == Math.rint(d) && a < 1e15) return String.format(Locale.ROOT, "%.1f", d);
            if (a != 0 && (a < 1e-3 || a >= 1e7)) return String.format(Locale.ROOT, "%.4g", d);
            return String.format(Locale.ROOT, "%.4f", d);
        }
        return v.toString().replace('\n', ' ').replace('\t', ' ');
    }

    /**
     * Builds a {@link Table} row by row.
     *
     * <pre>{@code
     * Table.Builder b = Table.builder("doc", "tokens");
     * b.row("it", 590);
     * Table t = b.name("summary").build();
     * }</pre>
     */
    public static final class Builder {
        private final List<String> columns;
        private final List<List<Object>> rows = new ArrayList<>();
        private String name = "table";

        private Builder(List<String> columns) {
            if (columns.isEmpty()) throw new IllegalArgumentException("a table needs columns");
            this.columns = List.copyOf(columns);
            for (int i = 0; i < this.columns.size(); i++) {
                int first = this.columns.indexOf(this.columns.get(i));
                if (first < i) {
                    throw new IllegalArgumentException("duplicate column '" + this.columns.get(i) + "' (columns " + (first + 1)
                            + " and " + (i + 1) + " of " + this.columns + ")");
                }
            }
        }

        /** Sets the name. */
        public Builder name(String n) { this.name = Objects.requireNonNull(n); return this; }

        /** Adds a row (as many values as columns). */
        public Builder row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException("row has " + values.length + " values for " + columns.size() + " columns " + columns);
            }
            rows.add(Collections.unmodifiableList(Arrays.asList(values.clone())));
            return this;
        }

        /** Adds a row from a list. */
        public Builder row(List<?> values) { return row(values.toArray()); }

        /** Number of rows so far. */
        public int size() { return rows.size(); }

        /** The table. */
        public Table build() { return new Table(name, columns, new ArrayList<>(rows)); }
    }
}
