package org.parallax.stats.framing;

import org.parallax.core.anchor.EntityMention;

/**
 * The role of one entity mention in one clause, found by {@link ClauseAnalyzer#roles}.
 *
 * <pre>{@code
 * Document d = Document.of("x", Language.EN, "Stalin was denounced by Khrushchev.");
 * List<EntityMention> ms = EntityRecognizer.standard().mentions(d);
 * for (ClauseRole r : ClauseAnalyzer.standard().roles(d, ms)) System.out.println(r);
 * // Stalin passive-subject denounce [was denounced]
 * // Khrushchev passive-agent denounce [was denounced]
 * }</pre>
 *
 * @param mention  the mention
 * @param role     its role
 * @param clause   the clause the mention's role belongs to
 * @param basis    how the role was found
 * @param verb     lemma of the verb that gives the role (the clause's verb, or a participle without auxiliary)
 * @param verbText that verb (group) as written
 */
public record ClauseRole(EntityMention mention, AgencyRole role, Clause clause, Basis basis, String verb, String verbText) {

    /**
     * How a role was found.
     *
     * <pre>{@code
     * Document d = Document.of("x", Language.EN, "Beria, who controlled the police, was arrested and executed.");
     * for (ClauseRole r : ClauseAnalyzer.standard().roles(d, EntityRecognizer.standard().mentions(d))) {
     *     System.out.println(r.basis() + " " + r.role() + " " + r.verb());
     * }
     * // CLAUSE passive-subject arrest, RELATIVE_ANTECEDENT agent control, SHARED_SUBJECT passive-subject execute
     * ClauseRole.Basis.SHARED_SUBJECT.label();   // "shared-subject"
     * }</pre>
     */
    public enum Basis {
        /** The mention is a subject, object or agent phrase of the clause itself. */
        CLAUSE,
        /** The clause has no subject of its own and shares the subject of the clause before ({@code Beria was arrested and executed}). */
        SHARED_SUBJECT,
        /** The mention is the antecedent of a relative pronoun of the clause ({@code Beria, who controlled ...}). */
        RELATIVE_ANTECEDENT,
        /** An agent phrase after a participle without auxiliary ({@code the crimes committed by Stalin}). */
        PARTICIPLE;

        /** Lower-case label with hyphens: {@code shared-subject}. */
        public String label() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
    }

    @Override
    public String toString() {
        return String.format("%s %s %s [%s]%s", mention.text(), role.label(), verb, verbText,
                basis == Basis.CLAUSE ? "" : " (" + basis.label() + ")");
    }
}
