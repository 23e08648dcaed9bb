package org.parallax.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reading the data files bundled in the jars (lexicons, rules, language resources): the one place that
 * opens a classpath resource, so that every bundled file fails the same way when it is missing or
 * unreadable and every line-based one is read with the same conventions (UTF-8, blank lines and lines
 * starting with {@code #} skipped, 1-based line numbers kept for error messages).
 *
 * <pre>{@code
 * byte[] lexicon = Resources.bytes(ConceptLexicon.class, "/org/parallax/core/anchor/concepts.tsv");
 * for (Resources.Line l : Resources.lines(ConceptLexicon.class, "/org/parallax/lang/it/time.tsv", false)) {
 *     System.out.println(l.number() + ": " + l.text());
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Resources {
    private Resources() {}

    /**
     * A line of a bundled text file that is neither blank nor a comment.
     *
     * @param number 1-based line number in the file
     * @param text   the line without its line break
     */
    public record Line(int number, String text) {
        /** "number: text". */
        @Override
        public String toString() { return number + ": " + text; }
    }

    /**
     * The bytes of a resource, looked up relative to {@code owner} (an absolute name starts with {@code /}).
     *
     * @throws IllegalStateException when the resource is not on the classpath
     * @throws UncheckedIOException  when it cannot be read
     */
    public static byte[] bytes(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the resource " + resource + " is not on the classpath");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + resource, e);
        }
    }

    /** The text of a resource, as UTF-8; fails as {@link #bytes} does. */
    public static String text(Class<?> owner, String resource) {
        return new String(bytes(owner, resource), StandardCharsets.UTF_8);
    }

    /**
     * The lines of a UTF-8 resource that are neither blank nor comments ({@code #} in the first column),
     * with their 1-based numbers. A missing resource gives an empty list when {@code required} is false
     * (optional per-language files) and an {@link IllegalStateException} when it is true.
     *
     * @throws UncheckedIOException when the resource cannot be read
     */
    public static List<Line> lines(Class<?> owner, String resource, boolean required) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                if (required) throw new IllegalStateException("the resource " + resource + " is not on the classpath");
                return List.of();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> out = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(new Line(n, line));
            }
            return Collections.unmodifiableList(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + resource, e);
        }
    }
}
