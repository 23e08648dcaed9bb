package org.parallax.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a corpus manifest ({@code corpus.tsv}).
 *
 * @param line     1-based line of the row in the manifest
 * @param id       document id (unique)
 * @param file     file name relative to the corpus folder
 * @param language declared language
 * @param title    title (may be empty)
 * @param source   source (may be empty)
 * @param genre    genre (may be empty)
 * @param fields   all columns of the row by header name, extra columns included, in manifest order
 */
public record ManifestEntry(int line, String id, String file, Language language, String title, String source,
                            String genre, Map<String, String> fields) {
    /** Keeps an unmodifiable copy of the fields, in manifest order. */
    public ManifestEntry {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
