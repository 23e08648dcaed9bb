package org.parallax.notebook;

import org.junit.jupiter.api.Test;
import org.parallax.core.*;
import org.parallax.stats.*;
import org.parallax.stats.framing.*;
import org.parallax.stats.salience.*;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code seeds/notebook.jsh} imports the API packages with wildcards: a simple class name in two of them is
 * ambiguous in JShell ({@code Keyword} was both a keyness row and a TextRank phrase). This class imports the
 * stats packages the same way, so it compiles only when the names used below are unambiguous.
 */
class NotebookImportsTest {
    private static final List<String> STATS_PACKAGES = List.of("org.parallax.stats", "org.parallax.stats.framing",
            "org.parallax.stats.salience");

    @Test
    void keywordIsAKeynessRowAndKeyPhraseATextRankPhrase() {
        Corpus c = Corpus.of(Document.of("a", Language.EN, "The secret speech of Khrushchev shocked the party. "
                + "The secret speech was read in every party cell."));
        KeyPhrase k = TextRank.defaults().extract(c.document("a")).get(0);
        assertEquals("party", k.key());   // the mean of a phrase never beats its best word
        Keyword w = Keyword.of("speech", 2, 1, 100, 1000, 1);
        assertEquals(Keyword.Direction.POSITIVE, w.direction());
    }

    @Test
    void noSimpleNameIsInTwoStatsPackages() throws Exception {
        Map<String, String> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String pkg : STATS_PACKAGES) {
            for (String name : publicTopLevelClasses(pkg)) {
                String before = seen.putIfAbsent(name, pkg);
                if (before != null) clashes.add(name + " in " + before + " and " + pkg);
            }
        }
        assertTrue(seen.containsKey("KeyPhrase") && seen.containsKey("Keyword"), seen.toString());
        assertEquals(List.of(), clashes);
    }

    /** The public top-level classes of a package, from the class path (a folder or a jar). */
    private static List<String> publicTopLevelClasses(String pkg) throws IOException, URISyntaxException, ClassNotFoundException {
        List<String> names = new ArrayList<>();
        String dir = pkg.replace('.', '/');
        Enumeration<URL> urls = NotebookImportsTest.class.getClassLoader().getResources(dir);
        while (urls.hasMoreElements()) {
            URL url = urls.nextElement();
            List<String> files = new ArrayList<>();
            if (url.getProtocol().equals("jar")) {
                try (JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String n = e.nextElement().getName();
                        if (n.startsWith(dir + "/") && n.indexOf('/', dir.length() + 1) < 0) files.add(n.substring(dir.length() + 1));
                    }
                }
            } else {
                try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
                    s.forEach(p -> files.add(p.getFileName().toString()));
                }
            }
            for (String f : files) {
                if (!f.endsWith(".class") || f.contains("$") || f.equals("package-info.class")) continue;
                String simple = f.substring(0, f.length() - ".class".length());
                Class<?> type = Class.forName(pkg + "." + simple, false, NotebookImportsTest.class.getClassLoader());
                if (java.lang.reflect.Modifier.isPublic(type.getModifiers()) && !names.contains(simple)) names.add(simple);
            }
        }
        return names;
    }
}
