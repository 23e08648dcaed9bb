package org.parallax.stats.framing;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Sentence;
import org.parallax.core.anchor.CorpusAnchors;
import org.parallax.core.anchor.EntityClusters;
import org.parallax.core.anchor.EntityKind;
import org.parallax.core.anchor.EntityMention;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Agency of key actors: for each actor (an entity cluster: {@code khrushchev} covers Khrushchev, Krusciov
 * and Chroesjtsjov) and each source (a document, or a group of documents by a metadata field), how often
 * the source presents it as the AGENT of an active verb, its PATIENT, the PASSIVE_SUBJECT or the
 * PASSIVE_AGENT of a passive, with every sentence as evidence. The key actors are the most frequent
 * clusters of kind PERSON or ORGANIZATION (configurable), or an explicit list. The roles come from
 * {@link ClauseAnalyzer}: language-specific passive rules and word-order heuristics, with the OpenNLP
 * tagger for English and dictionary tags for Italian and Dutch &mdash; read its "known limits" before
 * drawing conclusions, and check the evidence.
 *
 * <pre>{@code
 * AgencyResult r = AgencyAnalyzer.standard().analyze(Corpus.seeds());
 * System.out.println(r);                    // actors x sources: agent, patient, passive subject, passive agent
 * r.row("khrushchev", "en-essay").agentShare();   // 1.0: five roles in the essay, all agent
 *
 * AgencyAnalyzer byLanguage = AgencyAnalyzer.builder().
 *     top(5).kinds(EntityKind.PERSON).groupBy("language").build();
 * byLanguage.analyze(Corpus.seeds()).toTable().toTsv();
 *
 * CorpusAnchors anchors = AnchorExtractor.standard().extract(Corpus.seeds());   // reuse the clusters
 * AgencyAnalyzer.builder().actors("stalin", "beria").build().analyze(anchors);
 * }</pre>
 *
 * <p>Counting: each clause gives an actor at most one count per role; a mention can count in several
 * clauses ({@code Beria was arrested and executed}: two passive subjects), a relative pronoun counts for
 * its antecedent ({@code Beria, who controlled ...}: agent). Mentions inside prepositional phrases and
 * possessives ({@code of Stalin}, {@code Stalin's}) count as mentions but have no role. Boilerplate is
 * left out unless asked for. Immutable and thread-safe.
 */
public final class AgencyAnalyzer {
    /** Default number of key actors. */
    public static final int DEFAULT_TOP = 8;

    private static final AgencyAnalyzer STANDARD = builder().build();

    private final int top;
    private final Set<EntityKind> kinds;
    private final List<String> actors;
    private final String groupBy;
    private final boolean includeBoilerplate;
    private final ClauseAnalyzer clauses;

    private AgencyAnalyzer(Builder b) {
        this.top = b.top;
        this.kinds = Collections.unmodifiableSet(EnumSet.copyOf(b.kinds));
        this.actors = List.copyOf(b.actors);
        this.groupBy = b.groupBy;
        this.includeBoilerplate = b.includeBoilerplate;
        this.clauses = b.clauses;
    }

    /** The top {@value #DEFAULT_TOP} PERSON and ORGANIZATION clusters, one source per document. */
    public static AgencyAnalyzer standard() { return STANDARD; }

    /** A builder with the standard settings. */
    public static Builder builder() { return new Builder(); }

    /**
     * Clusters the corpus's entity mentions ({@link EntityClusters#build(Corpus)}) and analyses it.
     *
     * @throws IllegalArgumentException when no document of the corpus has the {@link Builder#groupBy} field
     */
    public AgencyResult analyze(Corpus corpus) {
        checkGroupBy(Objects.requireNonNull(corpus, "corpus"));
        return analyze(corpus, EntityClusters.build(corpus));
    }

    /** Names the fields there are when no document of the corpus has the grouping field. */
    private void checkGroupBy(Corpus corpus) {
        if (!groupBy.equals("id")) Source.field(corpus, groupBy);
    }

    /** Analyses a corpus with the entity clusters of its anchors. */
    public AgencyResult analyze(CorpusAnchors anchors) {
        if (anchors.entities() == null) throw new IllegalArgumentException("the anchors were extracted without entities");
        return analyze(anchors.corpus(), anchors.entities());
    }

    /**
     * Analyses a corpus with given entity clusters (built on this corpus or a larger one).
     *
     * @throws IllegalArgumentException when no document of the corpus has the {@link Builder#groupBy} field
     */
    public AgencyResult analyze(Corpus corpus, EntityClusters clusters) {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(clusters, "clusters");
        checkGroupBy(corpus);
        Set<String> docIds = new HashSet<>(corpus.ids());
        // every clustered mention per document (all of them mark names for the clause analysis)
        Map<String, List<EntityMention>> byDoc = new HashMap<>();
        for (String id : clusters.clusterIds()) {
            for (EntityMention m : clusters.members(id)) {
                if (docIds.contains(m.doc())) byDoc.computeIfAbsent(m.doc(), x -> new ArrayList<>()).add(m);
            }
        }
        List<String> keys = keyActors(corpus, clusters);
        Map<String, String> labels = new LinkedHashMap<>();
        for (String a : keys) labels.put(a, clusters.label(a));
        Set<String> keySet = new HashSet<>(keys);

        List<String> sources = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>(); // actor \0 source -> mentions, agent, patient, psubj, pagent
        List<AgencyEvidence> evidence = new ArrayList<>();
        for (Document d : corpus) {
            String source = source(d);
            if (!sources.contains(source)) sources.add(source);
            List<EntityMention> all = byDoc.getOrDefault(d.id(), List.of());
            List<EntityMention> keyMentions = new ArrayList<>();
            for (EntityMention m : all) {
                String c = clusters.clusterOf(m);
                if (c == null || !keySet.contains(c) || (!includeBoilerplate && m.boilerplate())) continue;
                keyMentions.add(m);
                counts.computeIfAbsent(c + "\u0000" + source, x -> new int[5])[0]++;
            }
            if (keyMentions.isEmpty()) continue;
            Set<EntityMention> wanted = new HashSet<>(keyMentions);
            Set<String> seen = new HashSet<>();
            for (ClauseRole r : clauses.roles(d, all)) {
                EntityMention m = r.mention();
                if (!wanted.contains(m)) continue;
                String actor = clusters.clusterOf(m);
                Sentence s = d.sentences().get(d.tokenTable().sentence(m.firstToken()));
                // one count per actor, clause, role and verb (two mentions of Stalin in one clause are one role)
                if (!seen.add(actor + "\u0000" + r.clause().firstToken() + "\u0000" + r.role() + "\u0000" + r.verb())) continue;
                counts.computeIfAbsent(actor + "\u0000" + source, x -> new int[5])[1 + r.role().ordinal()]++;
                evidence.add(new AgencyEvidence(actor, source, d.id(), d.lineOf(m.start()), s.index(), s.text(), r.role(),
                        r.verb(), r.verbText(), m.text(), r.basis()));
            }
        }
        List<AgencyResult.Row> rows = new ArrayList<>();
        for (String a : keys) {
            for (String src : sources) {
                int[] c = counts.get(a + "\u0000" + src);
                if (c == null || c[0] == 0) continue;
                rows.add(new AgencyResult.Row(a, labels.get(a), src, c[0], c[1], c[2], c[3], c[4]));
            }
        }
        return new AgencyResult(groupBy, keys, labels, sources, rows, evidence);
    }

    /**
     * The key actors of a corpus: the explicit list when one was given (unknown ids are an error), else the
     * {@link Builder#top} most frequent clusters of the chosen kinds, by mentions in the corpus (boilerplate
     * left out unless included), ties by id.
     */
    public List<String> keyActors(Corpus corpus, EntityClusters clusters) {
        if (!actors.isEmpty()) {
            Set<String> known = new HashSet<>(clusters.clusterIds());
            for (String a : actors) {
                if (!known.contains(a)) throw new IllegalArgumentException("no entity cluster '" + a + "'");
            }
            return actors;
        }
        Set<String> docIds = new HashSet<>(corpus.ids());
        Map<String, Integer> freq = new HashMap<>();
        for (String id : clusters.clusterIds()) {
            if (!kinds.contains(clusters.kind(id))) continue;
            int n = 0;
            for (EntityMention m : clusters.members(id)) {
                if (docIds.contains(m.doc()) && (includeBoilerplate || !m.boilerplate())) n++;
            }
            if (n > 0) freq.put(id, n);
        }
        List<String> ids = new ArrayList<>(freq.keySet());
        ids.sort((a, b) -> {
            int c = Integer.compare(freq.get(b), freq.get(a));
            return c != 0 ? c : a.compareTo(b);
        });
        return List.copyOf(ids.subList(0, Math.min(top, ids.size())));
    }

    private String source(Document d) {
        if (groupBy.equals("id")) return d.id();
        if (groupBy.equals("language")) return d.language().code();
        return d.metadata(groupBy).orElse("-");
    }

    /** Number of key actors when none are named. */
    public int top() { return top; }

    /** Kinds of the key actors when none are named. */
    public Set<EntityKind> kinds() { return kinds; }

    /** The named actors (empty: the most frequent ones). */
    public List<String> actors() { return actors; }

    /** The metadata field that defines a source. */
    public String groupBy() { return groupBy; }

    /** Whether mentions in boilerplate count. */
    public boolean includeBoilerplate() { return includeBoilerplate; }

    /** The clause analyzer. */
    public ClauseAnalyzer clauses() { return clauses; }

    /**
     * A one-line summary of the settings, e.g. {@code AgencyAnalyzer: top 8 person, organization clusters, one
     * source per document, boilerplate left out, ClauseAnalyzer (OpenNLP tagger for English)}.
     */
    @Override
    public String toString() {
        String who = !actors.isEmpty() ? "actors " + String.join(", ", actors)
                : "top " + top + " " + kinds.stream().map(k -> k.name().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.joining(", "))
                        + " clusters";
        String by = groupBy.equals("id") ? "one source per document" : "sources by " + groupBy;
        return "AgencyAnalyzer: " + who + ", " + by + ", boilerplate " + (includeBoilerplate ? "included" : "left out") + ", " + clauses;
    }

    /**
     * Settings of an {@link AgencyAnalyzer}.
     *
     * <pre>{@code
     * AgencyAnalyzer a = AgencyAnalyzer.builder().
     *     top(10).                                     // key actors: the 10 most frequent clusters
     *     kinds(EntityKind.PERSON, EntityKind.ORGANIZATION).
     *     groupBy("genre").                            // sources: the values of a metadata field
     *     includeBoilerplate(false).
     *     clauses(ClauseAnalyzer.withoutTagger()).     // dictionary heuristics for English too
     *     build();
     * System.out.println(a);   // AgencyAnalyzer: top 10 person, organization clusters, sources by genre, boilerplate left out, ...
     * }</pre>
     */
    public static final class Builder {
        private int top = DEFAULT_TOP;
        private Set<EntityKind> kinds = EnumSet.of(EntityKind.PERSON, EntityKind.ORGANIZATION);
        private List<String> actors = List.of();
        private String groupBy = "id";
        private boolean includeBoilerplate;
        private ClauseAnalyzer clauses = ClauseAnalyzer.standard();

        private Builder() {}

        /** Number of most frequent clusters taken as key actors (default {@value AgencyAnalyzer#DEFAULT_TOP}). */
        public Builder top(int n) {
            if (n < 1) throw new IllegalArgumentException("top must be at least 1: " + n);
            this.top = n;
            return this;
        }

        /** Kinds of clusters that can be key actors (default PERSON and ORGANIZATION). */
        public Builder kinds(EntityKind first, EntityKind... more) {
            this.kinds = EnumSet.of(first, more);
            return this;
        }

        /** Kinds of clusters that can be key actors. */
        public Builder kinds(Collection<EntityKind> k) {
            if (k.isEmpty()) throw new IllegalArgumentException("no entity kinds");
            this.kinds = EnumSet.copyOf(k);
            return this;
        }

        /** Explicit key actors (cluster ids), in this order; overrides {@link #top} and {@link #kinds}. */
        public Builder actors(String... ids) { return actors(List.of(ids)); }

        /** Explicit key actors (cluster ids); an empty list restores the most frequent ones. */
        public Builder actors(List<String> ids) {
            this.actors = List.copyOf(new LinkedHashSet<>(ids));
            return this;
        }

        /**
         * The metadata field whose values are the sources: {@code id} (default; {@code doc} and {@code document}
         * say the same), {@code language}, {@code genre} ... Documents without a value for the field form the
         * source {@code -}. A field no document of the analysed corpus has is an error of
         * {@link AgencyAnalyzer#analyze(Corpus)}, which lists the fields there are.
         */
        public Builder groupBy(String field) {
            Objects.requireNonNull(field, "field");
            String f = field.strip().toLowerCase(Locale.ROOT);
            if (f.isEmpty()) throw new IllegalArgumentException("empty grouping field");
            this.groupBy = f.equals("doc") || f.equals("document") ? "id" : f;
            return this;
        }

        /** Whether mentions in boilerplate count (default false). */
        public Builder includeBoilerplate(boolean on) {
            this.includeBoilerplate = on;
            return this;
        }

        /** The clause analyzer (default {@link ClauseAnalyzer#standard()}). */
        public Builder clauses(ClauseAnalyzer c) {
            this.clauses = Objects.requireNonNull(c);
            return this;
        }

        /** The analyzer. */
        public AgencyAnalyzer build() { return new AgencyAnalyzer(this); }
    }
}
