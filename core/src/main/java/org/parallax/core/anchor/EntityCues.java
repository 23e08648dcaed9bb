package org.parallax.core.anchor;

import org.parallax.core.Language;
import org.parallax.core.io.Resources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The entity cues of one language, read from {@code org/parallax/lang/<code>/entities.tsv} (rows
 * {@code form<TAB>cue}; see the README there): name particles, person titles, organization and place head
 * words, prepositions of place, place-name endings, month and day names, derivational affixes and
 * genitive endings. A language without a file gets the union of the bundled languages' language-neutral
 * cues (particles, place endings, derivational affixes) and nothing else.
 *
 * <pre>{@code
 * EntityCues nl = EntityCues.of(Language.NL);
 * nl.is("partij", EntityCues.ORGANIZATION); // true
 * nl.hasSuffix("stalingrad", EntityCues.PLACE_SUFFIX); // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class EntityCues {
    static final String PARTICLE = "particle";
    static final String TITLE = "title";
    static final String ORGANIZATION = "organization";
    static final String PLACE = "place";
    static final String PLACE_PREPOSITION = "place-preposition";
    static final String PLACE_SUFFIX = "place-suffix";
    static final String MONTH = "month";
    static final String DAY = "day";
    static final String DERIVATION_SUFFIX = "derivation-suffix";
    static final String DERIVATION_PREFIX = "derivation-prefix";
    static final String GENITIVE = "genitive";

    private static final Set<String> KNOWN = Set.of(PARTICLE, TITLE, ORGANIZATION, PLACE, PLACE_PREPOSITION, PLACE_SUFFIX,
            MONTH, DAY, DERIVATION_SUFFIX, DERIVATION_PREFIX, GENITIVE);
    /** Cues that hold for names in any language's text. */
    private static final Set<String> NEUTRAL = Set.of(PARTICLE, PLACE_SUFFIX, DERIVATION_SUFFIX, DERIVATION_PREFIX);
    private static final List<Language> BUNDLED = List.of(Language.IT, Language.NL, Language.EN);

    private final Map<String, Set<String>> words;
    /** Suffixes (without the leading '-') and prefixes (without the trailing '-') per cue, longest first. */
    private final Map<String, List<String>> affixes;

    private EntityCues(Map<String, Set<String>> words, Map<String, List<String>> affixes) {
        this.words = words;
        this.affixes = affixes;
    }

    /** Reads the cues of a language. */
    static EntityCues load(Language lang) {
        Map<String, Set<String>> w = new HashMap<>();
        Map<String, List<String>> a = new HashMap<>();
        if (BUNDLED.contains(lang)) {
            read(lang, w, a, KNOWN);
        } else {
            for (Language l : BUNDLED) read(l, w, a, NEUTRAL);
        }
        Map<String, Set<String>> fw = new HashMap<>();
        w.forEach((k, v) -> fw.put(k, Collections.unmodifiableSet(v)));
        Map<String, List<String>> fa = new HashMap<>();
        a.forEach((k, v) -> {
            List<String> l = new ArrayList<>(new HashSet<>(v));
            l.sort((x, y) -> x.length() != y.length() ? Integer.compare(y.length(), x.length()) : x.compareTo(y));
            fa.put(k, List.copyOf(l));
        });
        return new EntityCues(Map.copyOf(fw), Map.copyOf(fa));
    }

    private static void read(Language lang, Map<String, Set<String>> w, Map<String, List<String>> a, Set<String> accept) {
        String res = "/org/parallax/lang/" + lang.code() + "/entities.tsv";
        for (Resources.Line line : Resources.lines(EntityCues.class, res, false)) {
            int n = line.number();
            String[] f = line.text().split("\t");
            if (f.length < 2) throw new IllegalStateException(res + ":" + n + ": expected form<TAB>cue");
            String form = f[0].strip().toLowerCase(Locale.ROOT);
            String cue = f[1].strip();
            if (!KNOWN.contains(cue)) throw new IllegalStateException(res + ":" + n + ": unknown cue '" + cue + "'");
            if (!accept.contains(cue)) continue;
            if (form.length() > 1 && form.startsWith("-")) {
                a.computeIfAbsent(cue, k -> new ArrayList<>()).add(form.substring(1));
            } else if (form.length() > 1 && form.endsWith("-")) {
                a.computeIfAbsent(cue, k -> new ArrayList<>()).add(form.substring(0, form.length() - 1));
            } else {
                w.computeIfAbsent(cue, k -> new HashSet<>()).add(form);
            }
        }
    }

    /** Whether a lower-case word has a cue. */
    boolean is(String lower, String cue) {
        Set<String> s = words.get(cue);
        return s != null && s.contains(lower);
    }

    /** The affixes of a cue (suffixes without '-', prefixes without '-'), longest first. */
    List<String> affixes(String cue) { return affixes.getOrDefault(cue, List.of()); }

    /** The words of a cue. */
    Set<String> words(String cue) { return words.getOrDefault(cue, Set.of()); }

    /**
     * Whether a lower-case word ends with one of a cue's suffixes and keeps at least {@code minStem}
     * letters before it.
     */
    boolean hasSuffix(String lower, String cue, int minStem) {
        for (String s : affixes(cue)) if (lower.length() >= s.length() + minStem && lower.endsWith(s)) return true;
        return false;
    }

    /** Whether a lower-case word ends with one of a cue's suffixes and keeps at least three letters before it. */
    boolean hasSuffix(String lower, String cue) { return hasSuffix(lower, cue, 3); }
}
