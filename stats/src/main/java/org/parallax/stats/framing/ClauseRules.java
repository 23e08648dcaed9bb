package org.parallax.stats.framing;

import org.parallax.core.Language;
import org.parallax.core.io.Resources;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists of one language for {@link ClauseAnalyzer}, read from
 * {@code org/parallax/stats/framing/clauses-<code>.tsv} (see the README there). Immutable and shared.
 */
final class ClauseRules {
    private static final Map<Language, ClauseRules> CACHE = new ConcurrentHashMap<>();
    private static final ClauseRules NONE = new ClauseRules(null, Map.of());

    private final Language language;
    private final Map<String, Set<String>> lists;
    final boolean v2;

    private ClauseRules(Language language, Map<String, Set<String>> lists) {
        this.language = language;
        this.lists = lists;
        this.v2 = has("order", "v2");
    }

    /** The rules of a language; rules without any list (no clauses) when there is no file. */
    static ClauseRules of(Language language) {
        return CACHE.computeIfAbsent(language, ClauseRules::load);
    }

    private static ClauseRules load(Language language) {
        String res = "/org/parallax/stats/framing/clauses-" + language.code() + ".tsv";
        Map<String, Set<String>> m = new HashMap<>();
        if (ClauseRules.class.getResource(res) == null) return NONE;
        for (Resources.Line line : Resources.lines(ClauseRules.class, res, true)) {
            String text = line.text();
            int tab = text.indexOf('\t');
            if (tab < 0) throw new IllegalStateException(res + ":" + line.number() + ": expected kind<TAB>words");
            String kind = text.substring(0, tab).strip();
            Set<String> words = m.computeIfAbsent(kind, k -> new HashSet<>());
            for (String w : text.substring(tab + 1).strip().split("\\s+")) if (!w.isEmpty()) words.add(w);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, Collections.unmodifiableSet(v)));
        return new ClauseRules(language, Collections.unmodifiableMap(frozen));
    }

    /** Whether the language has rules at all. */
    boolean supported() { return language != null; }

    /** Whether a word is on a list. */
    boolean has(String kind, String word) {
        Set<String> s = lists.get(kind);
        return s != null && word != null && s.contains(word);
    }

    /** A list (empty when absent). */
    Set<String> list(String kind) { return lists.getOrDefault(kind, Set.of()); }
}
