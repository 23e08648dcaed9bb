package org.parallax.stats.framing;

/**
 * One clause of a sentence as {@link ClauseAnalyzer} sees it: its token range, kind, voice and verb.
 *
 * <pre>{@code
 * Document d = Document.of("x", Language.IT, "Il corpo di Stalin è stato rimosso dal mausoleo.");
 * Clause c = ClauseAnalyzer.standard().clauses(d).get(0);
 * c.voice();     // PASSIVE
 * c.verb();      // "rimuovere"
 * c.verbText();  // "è stato rimosso"
 * }</pre>
 *
 * @param doc        document id
 * @param sentence   index of the sentence in the document
 * @param firstToken index of the clause's first token
 * @param endToken   index after its last token
 * @param kind       main, coordinated, subordinate, relative or non-finite
 * @param voice      active, passive, or none (no verb)
 * @param verb       lemma of the main verb (the participle of a passive or perfect), or {@code ""}
 * @param verbText   the verb group as written, gaps shown as {@code ...} ({@code werd ... aangeklaagd}), or {@code ""}
 * @param verbToken  token index of the main verb, or -1
 * @param text       the clause text as in the document
 */
public record Clause(String doc, int sentence, int firstToken, int endToken, Kind kind, Voice voice, String verb,
                     String verbText, int verbToken, String text) {

    /**
     * The kind of a clause.
     *
     * <pre>{@code
     * Document d = Document.of("x", Language.EN, "Beria, who controlled the police, was arrested and executed.");
     * ClauseAnalyzer.standard().clauses(d).stream().map(Clause::kind).toList();   // [RELATIVE, MAIN, COORDINATE]
     * }</pre>
     */
    public enum Kind {
        /** A main clause. */
        MAIN,
        /** A clause after a coordinating conjunction ({@code and}, {@code e}, {@code en}); may share the subject before. */
        COORDINATE,
        /** A clause after a subordinating conjunction ({@code because}, {@code perché}, {@code omdat}); verb-final in Dutch. */
        SUBORDINATE,
        /** A relative clause ({@code who}, {@code che}, {@code die}). */
        RELATIVE,
        /** A clause without a finite verb: a participle, infinitive or gerund phrase. */
        NONFINITE
    }

    /**
     * The voice of a clause.
     *
     * <pre>{@code
     * Document d = Document.of("x", Language.EN, "Beria, who controlled the police, was arrested and executed.");
     * ClauseAnalyzer.standard().clauses(d).stream().map(Clause::voice).toList();   // [ACTIVE, PASSIVE, PASSIVE]
     * }</pre>
     */
    public enum Voice {
        /** An active verb (copulas included: see {@link Clause#verb()}). */
        ACTIVE,
        /** A passive: auxiliary plus past participle. */
        PASSIVE,
        /** No verb found. */
        NONE
    }

    /** Number of tokens. */
    public int tokenCount() { return endToken - firstToken; }

    @Override
    public String toString() {
        return String.format("%s s%d %s %s %s [%s] \"%s\"", doc, sentence, kind, voice, verb.isEmpty() ? "-" : verb,
                verbText, text.replace('\n', ' '));
    }
}
