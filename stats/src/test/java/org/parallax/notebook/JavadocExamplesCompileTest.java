package org.parallax.notebook;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code <pre>{@code ...}</pre>} example in the Javadoc of a public type of the stats module compiles
 * as it is written, with the imports of {@code seeds/notebook.jsh} and nothing defined beforehand (two
 * examples used a method with the wrong arity or array type, many used variables they never defined).
 */
class JavadocExamplesCompileTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern EXAMPLE = Pattern.compile("<pre>\\{@code(.*?)\\}</pre>", Pattern.DOTALL);
    private static final Pattern PUBLIC_TYPE = Pattern.compile("^public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*(?:class|record|enum|interface)\\s",
            Pattern.MULTILINE);
    private static final String IMPORTS = String.join("\n", "import java.nio.file.*;", "import java.util.*;",
            "import org.parallax.core.*;", "import org.parallax.core.anchor.*;", "import org.parallax.core.io.*;",
            "import org.parallax.core.table.*;", "import org.parallax.align.*;", "import org.parallax.align.eval.*;",
            "import org.parallax.align.parallel.*;", "import org.parallax.stats.*;", "import org.parallax.stats.framing.*;",
            "import org.parallax.stats.salience.*;", "");

    /** An example as a compilation unit, named after its file and line. */
    private record Example(String where, String className, String code) {}

    @Test
    void everyExampleOfAPublicTypeCompiles() throws IOException {
        List<Example> examples = examples();
        assertTrue(examples.size() > 80, "examples found: " + examples.size());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK is needed to compile the examples");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createTempDirectory("javadoc-examples");
        List<JavaFileObject> units = new ArrayList<>();
        Map<String, String> whereByClass = new LinkedHashMap<>();
        for (Example e : examples) {
            units.add(source(e));
            whereByClass.put(e.className(), e.where());
        }
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(),
                    "-proc:none", "-Xlint:none", "-nowarn");
            javac.getTask(null, files, diagnostics, options, null, units).call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) continue;
            String cls = d.getSource() == null ? "?" : d.getSource().getName().replaceAll(".*/|\\.java$", "");
            errors.add(whereByClass.getOrDefault(cls, cls) + ": " + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""));
        }
        assertEquals(List.of(), errors);
    }

    private static JavaFileObject source(Example e) {
        String text = IMPORTS + "class " + e.className() + " {\n  static void example() throws Exception {\n" + e.code() + "\n  }\n}\n";
        return new SimpleJavaFileObject(URI.create("string:///" + e.className() + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) { return text; }
        };
    }

    /** The examples of the public top-level types (and their nested types) of the module. */
    private static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path f : files) {
            String src = Files.readString(f);
            boolean packageInfo = f.getFileName().toString().equals("package-info.java");
            if (!packageInfo && !PUBLIC_TYPE.matcher(src).find()) continue;   // a package-private class
            Matcher m = EXAMPLE.matcher(src);
            while (m.find()) {
                int line = (int) src.substring(0, m.start()).lines().count();
                StringBuilder code = new StringBuilder();
                for (String l : m.group(1).split("\n", -1)) code.append(l.replaceFirst("^\\s*\\* ?", "")).append('\n');
                String body = code.toString().replace("&#64;", "@").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
                String where = SOURCES.relativize(f) + ":" + line;
                out.add(new Example(where, "Example" + out.size(), body));
            }
        }
        return out;
    }

    @Test
    void theExtractorSeesPublicTypesOnly() {
        assertTrue(Modifier.isPublic(org.parallax.stats.salience.KeyPhrase.class.getModifiers()));
        assertTrue(PUBLIC_TYPE.matcher("/** x */\npublic final class A {}").find());
        assertTrue(!PUBLIC_TYPE.matcher("/** x */\nfinal class A {}").find());
    }
}
