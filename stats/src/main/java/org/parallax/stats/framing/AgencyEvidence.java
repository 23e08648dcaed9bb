package org.parallax.stats.framing;

/**
 * One sentence in which a source presents an actor in an {@link AgencyRole}: the evidence behind a
 * count of {@link AgencyResult}.
 *
 * <pre>{@code
 * AgencyResult r = AgencyAnalyzer.standard().analyze(Corpus.seeds());
 * AgencyEvidence e = r.evidence("khrushchev", "en-essay", AgencyRole.AGENT).get(0);
 * e.line();      // 12: the 1-based line of the mention in the seed file
 * e.text();      // the whole sentence: "In the immediate aftermath, figures such as ... Nikita Khrushchev vied for influence."
 * e.verb();      // "vie"
 * System.out.println(e);  // en-essay:12 khrushchev agent vie [vied] "In the immediate aftermath, ... vied for influence."
 * }</pre>
 *
 * @param actor    entity cluster id ({@code khrushchev})
 * @param source   the source: the document id, or the value of the grouping field
 * @param doc      document id
 * @param line     1-based line of the mention in the document
 * @param sentence index of the sentence in the document
 * @param text     the sentence, exactly as in the document
 * @param role     the role
 * @param verb     lemma of the verb that gives the role
 * @param verbText the verb (group) as written ({@code was denounced}, {@code werd ... aangeklaagd})
 * @param mention  the mention as written ({@code Chroesjtsjov})
 * @param basis    how the role was found (in the clause, shared subject, relative antecedent, reduced passive)
 */
public record AgencyEvidence(String actor, String source, String doc, int line, int sentence, String text,
                             AgencyRole role, String verb, String verbText, String mention, ClauseRole.Basis basis) {

    @Override
    public String toString() {
        String s = text.replace('\n', ' ');
        return String.format("%s:%d %s %s %s [%s]%s \"%s\"", doc, line, actor, role.label(), verb, verbText,
                basis == ClauseRole.Basis.CLAUSE ? "" : " (" + basis.label() + ")", s);
    }
}
