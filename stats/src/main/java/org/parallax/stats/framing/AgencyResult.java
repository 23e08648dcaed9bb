package org.parallax.stats.framing;

import org.parallax.core.table.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How often each source presents each key actor as agent, patient, passive subject or passive agent,
 * with the sentences as evidence. Made by {@link AgencyAnalyzer}.
 *
 * <pre>{@code
 * AgencyResult r = AgencyAnalyzer.standard().analyze(Corpus.seeds());
 * r.actors();                                   // [stalin, khrushchev, ...] by frequency
 * AgencyResult.Row row = r.row("khrushchev", "en-essay");
 * row.agent(); row.patient(); row.agentShare(); // counts and shares
 * r.total("khrushchev").agentiveShare();        // over all sources
 * r.evidence("khrushchev", "en-essay", AgencyRole.AGENT).forEach(System.out::println);
 * r.toTable().toTsv();                          // one row per actor and source
 * r.evidenceTable();                            // one row per role found
 * System.out.println(r);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AgencyResult {
    /** The source of {@link #total} rows. */
    public static final String ALL = "all";

    /**
     * The counts of one actor in one source.
     *
     * <pre>{@code
     * AgencyResult result = AgencyAnalyzer.standard().analyze(Corpus.seeds());
     * AgencyResult.Row row = result.row("stalin", "nl-destalinisatie");
     * row.count(AgencyRole.AGENT);     // 1 (of 10 mentions)
     * row.share(AgencyRole.AGENT);     // 1.0: its only role
     * result.row("ussr", "en-wikipedia").share(AgencyRole.PATIENT);   // NaN: mentioned, but in no role
     * }</pre>
     *
     * @param actor          entity cluster id
     * @param label          the cluster's label ({@code Nikita Khrushchev})
     * @param source         the source (document id or group), or {@value AgencyResult#ALL}
     * @param mentions       mentions of the actor in the source (with or without a role)
     * @param agent          subject of an active verb
     * @param patient        object of an active verb
     * @param passiveSubject subject of a passive
     * @param passiveAgent   agent phrase of a passive
     */
    public record Row(String actor, String label, String source, int mentions, int agent, int patient, int passiveSubject,
                      int passiveAgent) {
        /** Number of roles (an actor may have several per mention, or none). */
        public int total() { return agent + patient + passiveSubject + passiveAgent; }

        /** The count of one role. */
        public int count(AgencyRole r) {
            return switch (r) {
                case AGENT -> agent;
                case PATIENT -> patient;
                case PASSIVE_SUBJECT -> passiveSubject;
                case PASSIVE_AGENT -> passiveAgent;
            };
        }

        /** The share of one role among the roles, NaN when there are none. */
        public double share(AgencyRole r) { return total() == 0 ? Double.NaN : count(r) / (double) total(); }

        /** Share of AGENT. */
        public double agentShare() { return share(AgencyRole.AGENT); }

        /** Share of the roles in which the actor acts: AGENT plus PASSIVE_AGENT. */
        public double agentiveShare() { return total() == 0 ? Double.NaN : (agent + passiveAgent) / (double) total(); }

        /** Share of the roles in passive constructions: PASSIVE_SUBJECT plus PASSIVE_AGENT. */
        public double passiveShare() { return total() == 0 ? Double.NaN : (passiveSubject + passiveAgent) / (double) total(); }

        Row plus(Row o) {
            return new Row(actor, label, ALL, mentions + o.mentions, agent + o.agent, patient + o.patient,
                    passiveSubject + o.passiveSubject, passiveAgent + o.passiveAgent);
        }
    }

    private final String groupBy;
    private final List<String> actors;
    private final Map<String, String> labels;
    private final List<String> sources;
    private final List<Row> rows;
    private final Map<String, Row> byKey;
    private final List<AgencyEvidence> evidence;

    AgencyResult(String groupBy, List<String> actors, Map<String, String> labels, List<String> sources, List<Row> rows,
                 List<AgencyEvidence> evidence) {
        this.groupBy = groupBy;
        this.actors = List.copyOf(actors);
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        this.sources = List.copyOf(sources);
        this.rows = List.copyOf(rows);
        Map<String, Row> m = new LinkedHashMap<>();
        for (Row r : rows) m.put(r.actor() + "\u0000" + r.source(), r);
        this.byKey = m;
        this.evidence = List.copyOf(evidence);
    }

    /** The metadata field that defines a source ({@code id}: one source per document). */
    public String groupBy() { return groupBy; }

    /** The key actors (cluster ids), most frequent first. */
    public List<String> actors() { return actors; }

    /** The label of an actor ({@code Nikita Khrushchev}). */
    public String label(String actor) {
        String l = labels.get(actor);
        if (l == null) throw new IllegalArgumentException("no actor '" + actor + "'; actors: " + String.join(", ", actors));
        return l;
    }

    /** The sources, in corpus order. */
    public List<String> sources() { return sources; }

    /** One row per actor and source in which the actor is mentioned, actors in {@link #actors()} order. */
    public List<Row> rows() { return rows; }

    /** The row of an actor in a source (all zeros when the source does not mention it). */
    public Row row(String actor, String source) {
        String label = label(actor);
        checkSource(source);
        Row r = byKey.get(actor + "\u0000" + source);
        return r != null ? r : new Row(actor, label, source, 0, 0, 0, 0, 0);
    }

    private void checkSource(String source) {
        if (!sources.contains(Objects.requireNonNull(source, "source"))) {
            throw new IllegalArgumentException("no source '" + source + "'; sources: " + String.join(", ", sources));
        }
    }

    /** The counts of an actor over all sources (source {@value #ALL}). */
    public Row total(String actor) {
        Row sum = new Row(actor, label(actor), ALL, 0, 0, 0, 0, 0);
        for (Row r : rows) if (r.actor().equals(actor)) sum = sum.plus(r);
        return sum;
    }

    /** All evidence, in corpus and sentence order. */
    public List<AgencyEvidence> evidence() { return evidence; }

    /** The evidence of one actor. */
    public List<AgencyEvidence> evidence(String actor) {
        label(actor);
        return evidence.stream().filter(e -> e.actor().equals(actor)).toList();
    }

    /**
     * The evidence of one actor in one source.
     *
     * @throws IllegalArgumentException when the actor is not a key actor or there is no source of that name
     */
    public List<AgencyEvidence> evidence(String actor, String source) {
        checkSource(source);
        return evidence(actor).stream().filter(e -> e.source().equals(source)).toList();
    }

    /** The evidence of one actor in one source for one role. */
    public List<AgencyEvidence> evidence(String actor, String source, AgencyRole role) {
        Objects.requireNonNull(role, "role");
        return evidence(actor, source).stream().filter(e -> e.role() == role).toList();
    }

    /**
     * One row per actor and source: {@code actor label source mentions agent patient passive_subject
     * passive_agent total agent_share patient_share passive_subject_share passive_agent_share
     * agentive_share} (shares NaN when the total is 0).
     */
    public Table toTable() {
        Table.Builder b = Table.builder("actor", "label", "source", "mentions", "agent", "patient", "passive_subject",
                "passive_agent", "total", "agent_share", "patient_share", "passive_subject_share", "passive_agent_share",
                "agentive_share").name("agency");
        for (Row r : rows) {
            b.row(r.actor(), r.label(), r.source(), r.mentions(), r.agent(), r.patient(), r.passiveSubject(), r.passiveAgent(),
                    r.total(), r.share(AgencyRole.AGENT), r.share(AgencyRole.PATIENT), r.share(AgencyRole.PASSIVE_SUBJECT),
                    r.share(AgencyRole.PASSIVE_AGENT), r.agentiveShare());
        }
        return b.build();
    }

    /** One row per piece of evidence: actor, source, doc, line, sentence, role, verb, verb_text, mention, basis, text. */
    public Table evidenceTable() {
        Table.Builder b = Table.builder("actor", "source", "doc", "line", "sentence", "role", "verb", "verb_text", "mention",
                "basis", "text").name("agency-evidence");
        for (AgencyEvidence e : evidence) {
            b.row(e.actor(), e.source(), e.doc(), e.line(), e.sentence(), e.role().label(), e.verb(), e.verbText(),
                    e.mention(), e.basis().label(), e.text());
        }
        return b.build();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Agency of %d key actors in %d sources (by %s): %d roles; evidence() has the sentences%n",
                actors.size(), sources.size(), groupBy, evidence.size()));
        int wa = "actor".length();
        int ws = "source".length();
        for (Row r : rows) {
            wa = Math.max(wa, r.actor().length());
            ws = Math.max(ws, r.source().length());
        }
        String fmt = "%-" + wa + "s  %-" + ws + "s  %8s  %5s  %7s  %9s  %9s  %5s  %6s  %9s%n";
        sb.append(String.format(fmt, "actor", "source", "mentions", "agent", "patient", "pass-subj", "pass-agnt", "total",
                "agent%", "agentive%"));
        for (String a : actors) {
            List<Row> mine = new ArrayList<>();
            for (Row r : rows) if (r.actor().equals(a)) mine.add(r);
            if (mine.isEmpty()) continue;
            if (mine.size() > 1) mine.add(total(a));
            for (Row r : mine) {
                sb.append(String.format(fmt, r.actor(), r.source(), r.mentions(), r.agent(), r.patient(), r.passiveSubject(),
                        r.passiveAgent(), r.total(), percent(r.agentShare()), percent(r.agentiveShare())));
            }
        }
        return sb.toString();
    }

    private static String percent(double d) {
        return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.1f", 100 * d);
    }
}
