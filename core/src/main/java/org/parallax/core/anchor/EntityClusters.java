package org.parallax.core.anchor;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.table.Table;
import org.parallax.core.text.Normalizer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Cross-lingual clusters of entity mentions: the same person or place written in Italian, Dutch,
 * English or German spelling ({@code Krusciov}, {@code Chroesjtsjov}, {@code Khrushchev},
 * {@code Chruschtschow}) gets one cluster id.
 *
 * <pre>{@code
 * Corpus c = Corpus.seeds();
 * EntityClusters cl = EntityClusters.build(c);
 * EntityMention m = EntityRecognizer.standard().mentions(c.document("it-destalinizzazione")).get(0); // Nikita Krusciov
 * cl.clusterOf(m);              // "khrushchev"
 * cl.label("khrushchev");       // "Nikita Khrushchev"
 * EntityClusters.sameName("Chroesjtsjov", "khrushchev, nikita sergeyevich"); // true
 * EntityClusters.transliterationKey("Krusciov");                           // "kruSev"
 * }</pre>
 *
 * <h2>Transliteration key</h2>
 * {@link #transliterationKey} maps each word of a name through the ordered rules of
 * {@code org/parallax/core/anchor/transliteration.tsv}: Cyrillic and scholarly letters ({@code č š ž}) are
 * spelled out, accents are folded, and the spellings of Russian sounds in the four languages meet in one
 * skeleton with three sound classes: {@code S} for ш ж щ (sh zh shch, sj zj sjtsj, sch schtsch, sc(i)),
 * {@code C} for ч (ch, tsj, tsch, c(i)), {@code Z} for ц and з (ts, tz, z, c(y)); х is k (kh, ch before a
 * consonant), w is v, j and y are i, Dutch oe is u, ё after ш/ч is e, doubled letters are collapsed.
 *
 * <h2>Same name</h2>
 * Two single words are the same name when their keys are equal; or when their coarse keys (the three
 * classes and s/z merged into one sibilant) are equal and have at least four letters; or, for keys of six
 * letters or more with the same first letter, when the coarse keys are at most one edit apart per six
 * letters (Commons Text {@link LevenshteinDistance}) and their {@link JaroWinklerSimilarity} is at least
 * {@value #JARO_WINKLER}. So {@code Breznev} (Italian without the haček) meets {@code Brezhnev}, while
 * {@code Stalin} stays apart from {@code Stalingrad}, {@code Stalinism} and {@code Stalinallee} (three or
 * more letters added), {@code Lenin} from {@code Leningrad}, {@code Beria} from {@code Berlin} (five
 * letters: exact keys only), {@code Malenkov} from {@code Molotov}. Multi-word names compare their last
 * words (surnames) and, when both have given names, the first given names: compatible when they are the same
 * name, or one is an initial or a prefix of the other.
 *
 * <h2>Clusters</h2>
 * Mentions are grouped in two spaces. Single-word mentions and the surnames of multi-word person mentions
 * share one space: distinct surname forms are taken by decreasing frequency, and each joins the first
 * earlier group whose representative is the same name (candidates blocked by the first letter and the
 * length of the coarse key, then a letter-set test before the edit distance, so the work is near-linear) and whose dominant kind does not contradict its own (a person never joins a
 * place unless the keys are equal). A multi-word person name joins the group of its surname; inside a
 * group, person names whose given names are incompatible ({@code Joseph Stalin} / {@code Vasily Stalin})
 * form separate clusters, and bare surnames join the most frequent one. Multi-word names of other kinds
 * ({@code Red Square}, {@code Unione Sovietica}) cluster by the key of the whole name. No list of names is
 * used anywhere.
 *
 * <p>Cluster id: the folded, lower-case surname (or whole name, words joined by {@code _}) that is most
 * frequent in the cluster, ties to the longer then the alphabetically first ({@code khrushchev}); a
 * secondary given-name cluster appends the given name ({@code stalin_vasily}). Label: the most frequent
 * multi-word name of the cluster, else its most frequent name. Everything is sorted, so the same mentions
 * give the same ids in any order. Immutable and thread-safe.
 */
public final class EntityClusters {
    /** Minimum Jaro–Winkler similarity of coarse keys for the edit-distance rule. */
    public static final double JARO_WINKLER = 0.9;

    private static final RewriteRules RULES = RewriteRules.load("/org/parallax/core/anchor/transliteration.tsv");
    /** The name particles of every bundled language (von, van, de, da ...), to find the first given name. */
    private static final EntityCues PARTICLES = EntityCues.load(Language.UNKNOWN);
    private static final JaroWinklerSimilarity JARO = new JaroWinklerSimilarity();
    private static final Comparator<EntityMention> ORDER = Comparator.comparing(EntityMention::doc)
            .thenComparingInt(EntityMention::start).thenComparingInt(EntityMention::end)
            .thenComparing(EntityMention::name).thenComparing(EntityMention::text)
            .thenComparing(m -> m.kind().name());

    /** One cluster. */
    private record Cluster(String id, String label, EntityKind kind, List<EntityMention> members, Set<Language> languages,
                           int documents) {}

    private final Map<String, Cluster> clusters;
    private final Map<EntityMention, String> byMention;
    private final Map<String, List<EntityMention>> byDoc;

    private EntityClusters(Map<String, Cluster> clusters, Map<EntityMention, String> byMention) {
        this.clusters = clusters;
        this.byMention = Collections.unmodifiableMap(byMention);
        Map<String, List<EntityMention>> d = new HashMap<>();
        for (EntityMention m : byMention.keySet()) d.computeIfAbsent(m.doc(), x -> new ArrayList<>()).add(m);
        Map<String, List<EntityMention>> frozen = new HashMap<>();
        d.forEach((k, v) -> {
            v.sort(ORDER);
            frozen.put(k, List.copyOf(v));
        });
        this.byDoc = frozen;
    }

    // ------------------------------------------------------------------ keys

    /**
     * The transliteration key of a name: one key per word, joined by single spaces; an inverted
     * {@code surname, given names} is put in natural order first.
     * {@code transliterationKey("Chruschtschow")} and {@code transliterationKey("Krusciov")} are both
     * {@code "kruSev"}.
     */
    public static String transliterationKey(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : words(name)) {
            String k = wordKey(w);
            if (k.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(k);
        }
        return sb.toString();
    }

    /** The key of one word. */
    static String wordKey(String word) {
        String s = word.toLowerCase(Locale.ROOT);
        s = RULES.apply(s, "pre"::equals);
        s = Normalizer.fold(s);
        StringBuilder letters = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) letters.append(c);
        }
        return RULES.apply(letters.toString(), "key"::equals);
    }

    /** The coarse key: the sibilant classes S, Z, C and the letters s, z merged. */
    static String coarse(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        char prev = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == 'S' || c == 'Z' || c == 'C' || c == 'z') c = 's';
            c = Character.toLowerCase(c);
            if (c == prev) continue;
            sb.append(c);
            prev = c;
        }
        return sb.toString();
    }

    /** The words of a name in natural order ({@code "khrushchev, nikita"} &rarr; {@code [nikita, khrushchev]}). */
    static List<String> words(String name) {
        String n = name.strip();
        int comma = n.indexOf(',');
        if (comma > 0 && n.indexOf(',', comma + 1) < 0) {
            n = n.substring(comma + 1).strip() + " " + n.substring(0, comma).strip();
        }
        List<String> out = new ArrayList<>();
        for (String w : n.split("\\s+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** Whether two keys (of single words) are the same name. */
    static boolean similarKeys(String ka, String kb) {
        if (ka.isEmpty() || kb.isEmpty()) return false;
        if (ka.equals(kb)) return true;
        return similarCoarse(coarse(ka), coarse(kb));
    }

    /** The same-name test on coarse keys (the keys themselves differ). */
    static boolean similarCoarse(String ca, String cb) {
        if (ca.equals(cb)) return ca.length() >= 4;
        int min = Math.min(ca.length(), cb.length());
        int max = Math.max(ca.length(), cb.length());
        if (min < 6 || ca.charAt(0) != cb.charAt(0)) return false;
        int allowed = max / 6;
        if (max - min > allowed || bagDistance(ca, cb) > allowed) return false;
        int d = levenshtein(allowed).apply(ca, cb);
        if (d < 0 || d > allowed) return false;
        return JARO.apply(ca, cb) >= JARO_WINKLER;
    }

    private static final LevenshteinDistance[] LEVENSHTEIN = new LevenshteinDistance[8];
    static {
        for (int i = 0; i < LEVENSHTEIN.length; i++) LEVENSHTEIN[i] = new LevenshteinDistance(i);
    }

    private static LevenshteinDistance levenshtein(int threshold) {
        return threshold < LEVENSHTEIN.length ? LEVENSHTEIN[threshold] : new LevenshteinDistance(threshold);
    }

    /** The set of letters of a coarse key as bits (a-z; any other character sets bit 63). */
    static long letterMask(String s) {
        long m = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            m |= c >= 'a' && c <= 'z' ? 1L << (c - 'a') : 1L << 63;
        }
        return m;
    }

    /** A cheap lower bound of the edit distance: the larger one-sided difference of the two letter multisets. */
    static int bagDistance(String a, String b) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c < 128) counts[c]++; else other++;
        }
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c < 128) counts[c]--; else other--;
        }
        int plus = Math.max(other, 0);
        int minus = Math.max(-other, 0);
        for (int v : counts) {
            if (v > 0) plus += v; else minus -= v;
        }
        return Math.max(plus, minus);
    }

    /**
     * Whether two names can denote the same person: their last words (surnames) are the same name and,
     * when both have given names, the first given names are compatible (same name, an initial, or a prefix).
     * Inverted names ({@code khrushchev, nikita sergeyevich}) are understood.
     */
    public static boolean sameName(String a, String b) {
        Parsed pa = parse(a);
        Parsed pb = parse(b);
        if (pa == null || pb == null) return false;
        if (!similarKeys(pa.surnameKey, pb.surnameKey)) return false;
        return pa.given == null || pb.given == null || compatibleGiven(pa.given, pb.given);
    }

    /** A name split into surname and first given name. */
    private record Parsed(String surnameKey, String given) {}

    private static Parsed parse(String name) {
        List<String> ws = words(name);
        if (ws.isEmpty()) return null;
        String surname = ws.get(ws.size() - 1);
        String given = null;
        for (int i = 0; i < ws.size() - 1; i++) {
            String w = ws.get(i);
            if (!PARTICLES.is(w.toLowerCase(Locale.ROOT), EntityCues.PARTICLE)) {
                given = w;
                break;
            }
        }
        return new Parsed(wordKey(surname), given);
    }

    private static boolean isInitial(String w) {
        String s = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        return s.length() == 1 && Character.isLetter(s.charAt(0));
    }

    /** Given names: the same name, an initial of the other, or a prefix of at least three letters. */
    static boolean compatibleGiven(String a, String b) {
        String ka = wordKey(a);
        String kb = wordKey(b);
        if (ka.isEmpty() || kb.isEmpty()) return true;
        if (isInitial(a) || isInitial(b)) return ka.charAt(0) == kb.charAt(0);
        if (similarKeys(ka, kb)) return true;
        String ca = coarse(ka);
        String cb = coarse(kb);
        return Math.min(ca.length(), cb.length()) >= 3 && (ca.startsWith(cb) || cb.startsWith(ca));
    }

    // ------------------------------------------------------------------ building

    /** Clusters mentions (no document languages known: the anchor weights use the number of documents). */
    public static EntityClusters build(Collection<EntityMention> mentions) {
        return build(mentions, d -> null);
    }

    /** Clusters mentions, knowing each document's language (for {@link #languages} and the anchor weights). */
    public static EntityClusters build(Collection<EntityMention> mentions, Function<String, Language> languageOf) {
        return new Builder(mentions, languageOf).build();
    }

    /** Recognizes the mentions of every document of a corpus with {@link EntityRecognizer#standard()} and clusters them. */
    public static EntityClusters build(Corpus corpus) {
        List<EntityMention> all = new ArrayList<>();
        Map<String, Language> langs = new HashMap<>();
        for (Document d : corpus) {
            all.addAll(EntityRecognizer.standard().mentions(d));
            langs.put(d.id(), d.language());
        }
        return build(all, langs::get);
    }

    private static final class Builder {
        private final List<EntityMention> ms;
        private final Function<String, Language> languageOf;
        private final Map<String, String> keys = new HashMap<>();

        Builder(Collection<EntityMention> mentions, Function<String, Language> languageOf) {
            this.ms = new ArrayList<>(mentions);
            this.ms.sort(ORDER);
            this.languageOf = languageOf;
        }

        private final Map<String, Parsed> parsed = new HashMap<>();
        private final Map<String, String> phraseKeys = new HashMap<>();
        private final Map<String, Boolean> compatible = new HashMap<>();

        private String key(String word) { return keys.computeIfAbsent(word, EntityClusters::wordKey); }

        private Parsed parsed(String name) { return parsed.computeIfAbsent(name, EntityClusters::parse); }

        private boolean compatible(String a, String b) {
            return compatible.computeIfAbsent(a + "\u0000" + b, x -> compatibleGiven(a, b));
        }

        /** A distinct surname form with its mentions. */
        private final class Unit {
            final String form;
            final String key;
            final String coarse;
            final long letters;
            final List<EntityMention> mentions = new ArrayList<>();
            final Map<EntityKind, Integer> kinds = new EnumMap<>(EntityKind.class);

            Unit(String form) {
                this.form = form;
                this.key = key(form);
                this.coarse = coarse(key);
                this.letters = letterMask(coarse);
            }

            EntityKind kind() { return dominant(kinds); }
        }

        EntityClusters build() {
            Map<String, Unit> surnames = new TreeMap<>();
            Map<String, List<EntityMention>> phrases = new TreeMap<>();
            Map<String, Integer> personVotes = new HashMap<>();
            for (EntityMention m : ms) {
                personVotes.merge(m.name(), m.kind() == EntityKind.PERSON ? 1 : -1, Integer::sum);
            }
            for (EntityMention m : ms) {
                List<String> ws = words(m.name());
                if (ws.isEmpty()) continue;
                boolean single = ws.size() == 1;
                if (single || personVotes.get(m.name()) >= 0) {
                    String surname = ws.get(ws.size() - 1);
                    Unit u = surnames.computeIfAbsent(surname, Unit::new);
                    u.mentions.add(m);
                    EntityKind k = single ? m.kind() : EntityKind.PERSON;
                    u.kinds.merge(k, 1, Integer::sum);
                } else {
                    String pk = phraseKeys.computeIfAbsent(m.name(), EntityClusters::transliterationKey);
                    phrases.computeIfAbsent(pk, k -> new ArrayList<>()).add(m);
                }
            }
            List<List<EntityMention>> finalClusters = new ArrayList<>();
            List<Boolean> phraseFlags = new ArrayList<>();
            // surname space
            List<Unit> units = new ArrayList<>(surnames.values());
            units.removeIf(u -> u.key.isEmpty());
            units.sort(Comparator.comparingInt((Unit u) -> -u.mentions.size()).thenComparing(u -> u.form));
            List<List<Unit>> groups = groupUnits(units);
            for (List<Unit> g : groups) {
                for (List<EntityMention> c : splitByGivenNames(g)) {
                    finalClusters.add(c);
                    phraseFlags.add(false);
                }
            }
            // phrase space
            List<Map.Entry<String, List<EntityMention>>> ph = new ArrayList<>(phrases.entrySet());
            ph.sort(Comparator.comparingInt((Map.Entry<String, List<EntityMention>> e) -> -e.getValue().size())
                    .thenComparing(Map.Entry::getKey));
            List<String> reps = new ArrayList<>();
            List<List<EntityMention>> phraseGroups = new ArrayList<>();
            Map<String, List<Integer>> phraseBlocks = new HashMap<>();
            for (Map.Entry<String, List<EntityMention>> e : ph) {
                String[] ws = e.getKey().split(" ");
                String first = coarse(ws[0]);
                String block = ws.length + ":" + (first.isEmpty() ? "" : first.substring(0, 1));
                int found = -1;
                for (int g : phraseBlocks.getOrDefault(block, List.of())) {
                    if (samePhrase(reps.get(g), e.getKey())) {
                        found = g;
                        break;
                    }
                }
                if (found < 0) {
                    reps.add(e.getKey());
                    phraseGroups.add(new ArrayList<>(e.getValue()));
                    phraseBlocks.computeIfAbsent(block, x -> new ArrayList<>()).add(reps.size() - 1);
                } else {
                    phraseGroups.get(found).addAll(e.getValue());
                }
            }
            for (List<EntityMention> c : phraseGroups) {
                finalClusters.add(c);
                phraseFlags.add(true);
            }
            return assemble(finalClusters, phraseFlags);
        }

        private boolean samePhrase(String ka, String kb) {
            String[] a = ka.split(" ");
            String[] b = kb.split(" ");
            if (a.length != b.length) return false;
            for (int i = 0; i < a.length; i++) if (!similarKeys(a[i], b[i])) return false;
            return true;
        }

        /**
         * Greedy grouping of surname units by decreasing frequency: a unit joins the earliest group whose
         * representative is the same name; candidates are blocked by the first coarse letter and the length
         * (the edit rule allows a length difference of at most one per six letters), so the work is near-linear.
         */
        private List<List<Unit>> groupUnits(List<Unit> units) {
            List<List<Unit>> groups = new ArrayList<>();
            Map<String, List<Integer>> blocks = new HashMap<>();
            Map<String, Integer> byCoarse = new HashMap<>();
            Map<String, Integer> byKey = new HashMap<>();
            for (Unit u : units) {
                String c = u.coarse;
                Integer exact = byKey.get(u.key);
                int found = exact == null ? -1 : exact;
                exact = byCoarse.get(c);
                if (found < 0 && exact != null && c.length() >= 4 && compatibleKinds(groups.get(exact).get(0), u, false)) found = exact;
                if (found < 0 && c.length() >= 6) {
                    int spread = (c.length() + 2) / 6 + 1;
                    for (int len = c.length() - spread; len <= c.length() + spread; len++) {
                        for (int g : blocks.getOrDefault(c.charAt(0) + ":" + len, List.of())) {
                            if (found >= 0 && g > found) break;
                            Unit rep = groups.get(g).get(0);
                            // each letter only one side has costs an edit: a cheap test before the edit distance
                            int allowed = Math.max(rep.coarse.length(), c.length()) / 6;
                            if (Long.bitCount(rep.letters & ~u.letters) > allowed || Long.bitCount(u.letters & ~rep.letters) > allowed) continue;
                            if (similarCoarse(rep.coarse, c) && compatibleKinds(rep, u, false)) {
                                found = g;
                                break;
                            }
                        }
                    }
                }
                if (found < 0) {
                    groups.add(new ArrayList<>(List.of(u)));
                    int g = groups.size() - 1;
                    if (!c.isEmpty()) blocks.computeIfAbsent(c.charAt(0) + ":" + c.length(), x -> new ArrayList<>()).add(g);
                    byCoarse.putIfAbsent(c, g);
                    byKey.putIfAbsent(u.key, g);
                } else {
                    groups.get(found).add(u);
                    byCoarse.putIfAbsent(c, found);
                    byKey.putIfAbsent(u.key, found);
                }
            }
            return groups;
        }

        private boolean compatibleKinds(Unit a, Unit b, boolean equalKeys) {
            if (equalKeys) return true;
            EntityKind ka = a.kind();
            EntityKind kb = b.kind();
            return ka == EntityKind.OTHER || kb == EntityKind.OTHER || ka == kb;
        }

        /** Splits a surname group by incompatible first given names of its multi-word person mentions. */
        private List<List<EntityMention>> splitByGivenNames(List<Unit> g) {
            List<EntityMention> bare = new ArrayList<>();
            Map<String, List<EntityMention>> byGiven = new TreeMap<>();
            for (Unit u : g) {
                for (EntityMention m : u.mentions) {
                    Parsed p = parsed(m.name());
                    if (words(m.name()).size() == 1 || p == null || p.given == null) {
                        bare.add(m);
                    } else {
                        byGiven.computeIfAbsent(p.given, x -> new ArrayList<>()).add(m);
                    }
                }
            }
            List<Map.Entry<String, List<EntityMention>>> gs = new ArrayList<>(byGiven.entrySet());
            // full given names before initials, then by frequency
            gs.sort(Comparator.comparing((Map.Entry<String, List<EntityMention>> e) -> isInitial(e.getKey()))
                    .thenComparingInt(e -> -e.getValue().size()).thenComparing(Map.Entry::getKey));
            List<String> reps = new ArrayList<>();
            List<List<EntityMention>> subs = new ArrayList<>();
            for (Map.Entry<String, List<EntityMention>> e : gs) {
                int found = -1;
                for (int s = 0; s < reps.size() && found < 0; s++) if (compatible(reps.get(s), e.getKey())) found = s;
                if (found < 0) {
                    reps.add(e.getKey());
                    subs.add(new ArrayList<>(e.getValue()));
                } else {
                    subs.get(found).addAll(e.getValue());
                }
            }
            if (subs.isEmpty()) return List.of(bare);
            // the primary sub-cluster: the largest
            int best = 0;
            for (int s = 1; s < subs.size(); s++) if (subs.get(s).size() > subs.get(best).size()) best = s;
            subs.get(best).addAll(bare);
            return subs;
        }

        private EntityClusters assemble(List<List<EntityMention>> groups, List<Boolean> phraseFlags) {
            // ids: base name, then disambiguation in a fixed order
            List<Object[]> drafts = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                List<EntityMention> g = groups.get(i);
                if (g.isEmpty()) continue;
                g.sort(ORDER);
                drafts.add(new Object[] {baseId(g, phraseFlags.get(i)), g});
            }
            drafts.sort(Comparator.comparing((Object[] d) -> (String) d[0])
                    .thenComparingInt(d -> -((List<?>) d[1]).size())
                    .thenComparing(d -> ((EntityMention) ((List<?>) d[1]).get(0)).doc())
                    .thenComparingInt(d -> ((EntityMention) ((List<?>) d[1]).get(0)).start()));
            Map<String, Cluster> out = new TreeMap<>();
            Map<EntityMention, String> byMention = new HashMap<>();
            for (Object[] d : drafts) {
                @SuppressWarnings("unchecked")
                List<EntityMention> g = (List<EntityMention>) d[1];
                String id = (String) d[0];
                if (out.containsKey(id)) {
                    String given = givenOf(g);
                    if (given != null && !out.containsKey(id + "_" + given)) {
                        id = id + "_" + given;
                    } else {
                        int n = 2;
                        while (out.containsKey(id + "_" + n)) n++;
                        id = id + "_" + n;
                    }
                }
                Set<Language> langs = new TreeSet<>(Comparator.comparing(Language::code));
                Set<String> docs = new TreeSet<>();
                Map<EntityKind, Integer> kinds = new EnumMap<>(EntityKind.class);
                for (EntityMention m : g) {
                    Language l = languageOf.apply(m.doc());
                    if (l != null) langs.add(l);
                    docs.add(m.doc());
                    kinds.merge(m.kind(), 1, Integer::sum);
                    byMention.put(m, id);
                }
                EntityKind kind = dominant(kinds);
                out.put(id, new Cluster(id, label(g), kind == null ? EntityKind.OTHER : kind, List.copyOf(g),
                        Collections.unmodifiableSet(langs), docs.size()));
            }
            return new EntityClusters(Collections.unmodifiableMap(out), byMention);
        }

        /** The best surname (or whole name, for a phrase cluster) of a group, folded into an id. */
        private String baseId(List<EntityMention> g, boolean phrase) {
            List<String> forms = new ArrayList<>();
            for (EntityMention m : g) {
                List<String> ws = words(m.name());
                forms.add(phrase ? String.join(" ", ws) : ws.get(ws.size() - 1));
            }
            return slug(best(g, forms, false));
        }

        /**
         * The best of the forms (one per mention): the most frequent, then one used in an English document
         * (the most common transliteration in international use), then the longer, then the alphabetically
         * first; with {@code preferMulti}, multi-word forms first.
         */
        private String best(List<EntityMention> g, List<String> forms, boolean preferMulti) {
            Map<String, int[]> stats = new TreeMap<>();
            for (int i = 0; i < g.size(); i++) {
                int[] st = stats.computeIfAbsent(forms.get(i), x -> new int[2]);
                st[0]++;
                if (Language.EN.equals(languageOf.apply(g.get(i).doc()))) st[1] = 1;
            }
            String best = null;
            int[] bs = null;
            for (Map.Entry<String, int[]> e : stats.entrySet()) {
                String f = e.getKey();
                int[] st = e.getValue();
                if (best == null || better(f, st, best, bs, preferMulti)) {
                    best = f;
                    bs = st;
                }
            }
            return best;
        }

        private static boolean better(String f, int[] st, String best, int[] bs, boolean preferMulti) {
            if (preferMulti) {
                boolean mf = f.indexOf(' ') > 0;
                boolean mb = best.indexOf(' ') > 0;
                if (mf != mb) return mf;
            }
            if (st[0] != bs[0]) return st[0] > bs[0];
            if (st[1] != bs[1]) return st[1] > bs[1];
            return f.length() > best.length(); // equal length: the alphabetically first stays (TreeMap order)
        }

        /** The most frequent multi-word name, else the most frequent name (ties as in {@link #best}). */
        private String label(List<EntityMention> g) {
            List<String> names = new ArrayList<>();
            for (EntityMention m : g) names.add(m.name());
            return best(g, names, true);
        }

        private String givenOf(List<EntityMention> g) {
            Map<String, Integer> counts = new TreeMap<>();
            for (EntityMention m : g) {
                Parsed p = parsed(m.name());
                if (p != null && p.given != null && words(m.name()).size() > 1) counts.merge(p.given, 1, Integer::sum);
            }
            String best = null;
            int bc = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > bc) {
                    best = e.getKey();
                    bc = e.getValue();
                }
            }
            return best == null ? null : slug(best);
        }
    }

    /**
     * The most frequent kind other than OTHER, when it covers at least a third of the mentions; else
     * OTHER ({@code Lenin} once after "in" among six undecided mentions stays OTHER).
     */
    private static EntityKind dominant(Map<EntityKind, Integer> kinds) {
        EntityKind best = null;
        int bc = 0;
        int total = 0;
        for (EntityKind k : EntityKind.values()) {
            int c = kinds.getOrDefault(k, 0);
            total += c;
            if (k != EntityKind.OTHER && c > bc) {
                best = k;
                bc = c;
            }
        }
        return best == null || bc * 3 < total ? EntityKind.OTHER : best;
    }

    /** Folded, lower-case, letters and digits with {@code _} between words. */
    static String slug(String s) {
        String f = Normalizer.fold(RULES.apply(s.toLowerCase(Locale.ROOT), "pre"::equals));
        StringBuilder sb = new StringBuilder(f.length());
        boolean gap = false;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && sb.length() > 0) sb.append('_');
                sb.append(c);
                gap = false;
            } else if (c != '\'' && c != '.') {
                gap = true;
            }
        }
        return sb.length() == 0 ? "_" : sb.toString();
    }

    // ------------------------------------------------------------------ queries

    /** The cluster id of a mention, or null when the mention was not clustered. */
    public String clusterOf(EntityMention m) { return byMention.get(m); }

    /** The label of a cluster: its most frequent full name. @throws IllegalArgumentException for an unknown id */
    public String label(String clusterId) { return cluster(clusterId).label(); }

    /** The dominant kind of a cluster's mentions (OTHER when none has a kind). */
    public EntityKind kind(String clusterId) { return cluster(clusterId).kind(); }

    /** The mentions of a cluster, in document and offset order. */
    public List<EntityMention> members(String clusterId) { return cluster(clusterId).members(); }

    /** The languages of a cluster's documents (empty when built without languages). */
    public Set<Language> languages(String clusterId) { return cluster(clusterId).languages(); }

    /** The cluster ids, sorted. */
    public Collection<String> clusterIds() { return clusters.keySet(); }

    /** Number of clusters. */
    public int size() { return clusters.size(); }

    private Cluster cluster(String id) {
        Cluster c = clusters.get(id);
        if (c == null) throw new IllegalArgumentException("no entity cluster '" + id + "'");
        return c;
    }

    /**
     * ENTITY anchors for the clustered mentions of one document, in document order: value = cluster id,
     * text = the mention as written, boilerplate as flagged. Weight = kind weight (PERSON 1.0, PLACE 0.9,
     * ORGANIZATION 0.8, OTHER 0.6, by the cluster's kind) &times; spread (1.0 when the cluster spans two or
     * more languages &mdash; or, built without languages, two or more documents &mdash; else 0.75).
     */
    public List<Anchor> anchors(String doc) {
        return anchors(byDoc.getOrDefault(doc, List.of()));
    }

    /** ENTITY anchors for the clustered mentions of a document; see {@link #anchors(String)}. */
    public List<Anchor> anchors(Document doc) { return anchors(doc.id()); }

    /** ENTITY anchors of the given mentions that belong to a cluster (others are skipped); see {@link #anchors(String)}. */
    public List<Anchor> anchors(Collection<EntityMention> mentions) {
        List<Anchor> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            String id = byMention.get(m);
            if (id == null) continue;
            Cluster c = clusters.get(id);
            out.add(new Anchor(m.doc(), AnchorType.ENTITY, id, m.text(), m.start(), m.end(), m.firstToken(), m.endToken(),
                    weight(c), m.boilerplate()));
        }
        Collections.sort(out);
        return Collections.unmodifiableList(out);
    }

    private static double weight(Cluster c) {
        double base = switch (c.kind()) {
            case PERSON -> 1.0;
            case PLACE -> 0.9;
            case ORGANIZATION -> 0.8;
            case OTHER -> 0.6;
        };
        boolean spread = c.languages().isEmpty() ? c.documents() >= 2 : c.languages().size() >= 2;
        return base * (spread ? 1.0 : 0.75);
    }

    /** The columns of {@link #toTable()}. */
    public static final List<String> COLUMNS = List.of("id", "kind", "languages", "mentions", "label", "names");

    /**
     * One row per cluster, the largest first (ties by id): id, kind, languages, number of mentions, label and
     * the distinct names in order of first mention.
     */
    public Table toTable() {
        List<Cluster> cs = new ArrayList<>(clusters.values());
        cs.sort(Comparator.comparingInt((Cluster c) -> -c.members().size()).thenComparing(Cluster::id));
        Table.Builder b = Table.builder(COLUMNS).name("entity_clusters");
        for (Cluster c : cs) {
            Set<String> names = new java.util.LinkedHashSet<>();
            for (EntityMention m : c.members()) names.add(m.name());
            List<String> langs = new ArrayList<>();
            for (Language l : c.languages()) langs.add(l.code());
            b.row(c.id(), c.kind().name(), String.join(", ", langs), c.members().size(), c.label(), String.join(", ", names));
        }
        return b.build();
    }

    /** The number of clusters and the 20 largest as a table ({@link Table#preview}: "... N more rows"). */
    @Override
    public String toString() {
        return "EntityClusters: " + clusters.size() + " clusters, the largest first" + System.lineSeparator()
                + toTable().preview(20);
    }
}
