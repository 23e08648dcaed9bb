package org.parallax.core.anchor;

import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.TokenTable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Extracts every kind of anchor of a corpus in one go: time expressions, numbers and ordinals, named
 * entities clustered across languages, cognate classes and concepts of the multilingual lexicon.
 * Entities and cognates need the whole corpus (a cluster or a class spans documents), so extraction
 * works on a {@link Corpus} and gives {@link CorpusAnchors}.
 *
 * <p>Ordinals are bound to the concept they count when one follows within a few tokens in the same
 * sentence ({@code XX Congresso}, {@code 20th Party Congress}, {@code twintigste partijcongres}):
 * their value becomes {@code <concept>#<n>}, with the concept taken up its {@code broader} chain in
 * the lexicon ({@code party_congress} &rarr; {@code congress}) so that "the Twentieth Congress" and
 * "the 20th Party Congress" are the same anchor, {@code congress#20}. An ordinal that is part of a
 * multiword concept's name ({@code Seconda Guerra Mondiale}, {@code World War II}) is not an anchor of its
 * own: the concept already says it.
 *
 * <pre>{@code
 * CorpusAnchors anchors = AnchorExtractor.standard().extract(Corpus.seeds());
 * Document it = Corpus.seeds().document("it-destalinizzazione");
 * System.out.println(anchors.forBlock(it, it.paragraphs().get(3)));
 * AnchorExtractor onlyDates = AnchorExtractor.builder().types(EnumSet.of(AnchorType.TIME)).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class AnchorExtractor {
    /** How many tokens after an ordinal its head concept may start. */
    public static final int ORDINAL_HEAD_WINDOW = 3;

    private final ConceptLexicon lexicon;
    private final Set<AnchorType> types;

    private AnchorExtractor(ConceptLexicon lexicon, Set<AnchorType> types) {
        this.lexicon = lexicon;
        this.types = Collections.unmodifiableSet(EnumSet.copyOf(types));
    }

    /** All anchor types with the bundled concept lexicon. */
    public static AnchorExtractor standard() { return Standard.INSTANCE; }

    private static final class Standard {
        static final AnchorExtractor INSTANCE = builder().build();
    }

    /** A builder, starting from the standard settings. */
    public static Builder builder() { return new Builder(); }

    /** The concept lexicon in use. */
    public ConceptLexicon lexicon() { return lexicon; }

    /** The anchor types extracted. */
    public Set<AnchorType> types() { return types; }

    /** One line: the anchor types and the lexicon ({@code AnchorExtractor[time, number, ..., concept; ConceptLexicon[...]]}). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AnchorExtractor[");
        for (AnchorType t : types) sb.append(sb.length() > 16 ? ", " : "").append(t.label());
        return sb.append("; ").append(lexicon).append(']').toString();
    }

    /** Extracts the anchors of every document of the corpus (boilerplate included, flagged). */
    public CorpusAnchors extract(Corpus corpus) {
        List<Document> docs = corpus.documents();
        boolean wantEntities = types.contains(AnchorType.ENTITY);
        boolean wantCognates = types.contains(AnchorType.COGNATE);
        // entity mentions, recognized once per document: they feed the clusters and keep names out of the cognates
        List<List<EntityMention>> mentions = wantEntities || wantCognates
                ? parallel(docs, d -> EntityRecognizer.standard().mentions(d)) : null;
        EntityClusters entities = null;
        if (wantEntities) {
            List<EntityMention> all = new ArrayList<>();
            Map<String, Language> langs = new java.util.HashMap<>();
            for (int i = 0; i < docs.size(); i++) {
                all.addAll(mentions.get(i));
                langs.put(docs.get(i).id(), docs.get(i).language());
            }
            entities = EntityClusters.build(all, langs::get);
        }
        Map<Document, java.util.BitSet> names = new java.util.IdentityHashMap<>();
        if (wantCognates) {
            for (int i = 0; i < docs.size(); i++) {
                names.put(docs.get(i), CognateIndex.mentionTokens(mentions.get(i), docs.get(i).tokenTable().size()));
            }
        }
        mentions = null; // the clusters keep what they need
        CognateIndex cognates = wantCognates ? CognateIndex.build(corpus, names::get) : null;
        ConceptMatcher matcher = types.contains(AnchorType.CONCEPT) || types.contains(AnchorType.ORDINAL)
                ? lexicon.matcher() : null;
        EntityClusters e = entities;
        List<List<Anchor>> anchors = parallel(docs, d -> extract(d, e, cognates, names.get(d), matcher));
        Map<String, List<Anchor>> byDoc = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) byDoc.put(docs.get(i).id(), anchors.get(i));
        return new CorpusAnchors(corpus, byDoc, entities, cognates, lexicon);
    }

    /** {@code f} of every document, on up to one thread per processor; results in corpus order. */
    private static <T> List<T> parallel(List<Document> docs, java.util.function.Function<Document, T> f) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), docs.size());
        List<T> out = new ArrayList<>(docs.size());
        if (threads <= 1) {
            for (Document d : docs) out.add(f.apply(d));
            return out;
        }
        // documents are independent once the corpus-wide clusters are built; results keep corpus order
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parallax-anchors");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<T>> fs = new ArrayList<>();
            for (Document d : docs) fs.add(pool.submit(() -> f.apply(d)));
            for (java.util.concurrent.Future<T> x : fs) out.add(x.get());
            return out;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", ex);
        } catch (java.util.concurrent.ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException re) throw re;
            if (ex.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(ex.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Anchor> extract(Document d, EntityClusters entities, CognateIndex cognates, java.util.BitSet names,
                                 ConceptMatcher matcher) {
        List<Anchor> out = new ArrayList<>();
        List<Anchor> time = TimeExtractor.standard().extract(d);
        if (types.contains(AnchorType.TIME)) out.addAll(time);
        List<Anchor> concepts = matcher == null ? new ArrayList<>() : new ArrayList<>(matcher.match(d));
        Collections.sort(concepts);
        if (types.contains(AnchorType.NUMBER) || types.contains(AnchorType.ORDINAL)) {
            // the concepts' first tokens (non-decreasing: concepts are sorted by offset) and their longest span,
            // so that each ordinal looks only at the concepts around it (binary search), not at all of them
            int[] firsts = new int[concepts.size()];
            int maxSpan = 0;
            for (int i = 0; i < firsts.length; i++) {
                Anchor c = concepts.get(i);
                firsts[i] = c.firstToken();
                maxSpan = Math.max(maxSpan, c.endToken() - c.firstToken());
            }
            for (Anchor a : NumberExtractor.standard().extract(d, time)) {
                if (a.type() == AnchorType.ORDINAL) {
                    // an ordinal inside a concept's name ("Seconda Guerra Mondiale", "World War II") is that concept
                    if (types.contains(AnchorType.ORDINAL) && !insideConcept(a, concepts, firsts, maxSpan)) {
                        out.add(bindOrdinal(d, a, concepts, firsts));
                    }
                } else if (types.contains(a.type())) {
                    out.add(a);
                }
            }
        }
        if (entities != null) out.addAll(entities.anchors(d));
        if (cognates != null) out.addAll(names != null ? cognates.anchors(d, names) : cognates.anchors(d));
        if (types.contains(AnchorType.CONCEPT)) out.addAll(concepts);
        Collections.sort(out);
        // one instance per distinct value and text: large corpora repeat them endlessly
        Map<String, String> pool = new java.util.HashMap<>();
        for (int i = 0; i < out.size(); i++) {
            Anchor a = out.get(i);
            String v = pool.computeIfAbsent(a.value(), x -> x);
            String t = pool.computeIfAbsent(a.text(), x -> x);
            if (v != a.value() || t != a.text()) {
                out.set(i, new Anchor(a.doc(), a.type(), v, t, a.start(), a.end(), a.firstToken(), a.endToken(), a.weight(), a.boilerplate()));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The first index whose first token is at least {@code token} ({@code firsts} is non-decreasing). */
    static int lowerBound(int[] firsts, int token) {
        int lo = 0;
        int hi = firsts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (firsts[mid] < token) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Whether a multiword concept (two tokens or more) covers the ordinal. */
    private static boolean insideConcept(Anchor ordinal, List<Anchor> concepts, int[] firsts, int maxSpan) {
        // candidates start at or before the ordinal's first token, and no earlier than maxSpan before its end
        for (int i = lowerBound(firsts, ordinal.firstToken() + 1) - 1; i >= 0; i--) {
            Anchor c = concepts.get(i);
            if (c.firstToken() < ordinal.endToken() - maxSpan) break;
            if (c.endToken() >= ordinal.endToken() && c.endToken() - c.firstToken() > 1) return true;
        }
        return false;
    }

    /** Binds an ordinal ({@code #20}) to the concept that follows it in the same sentence. */
    private Anchor bindOrdinal(Document d, Anchor ordinal, List<Anchor> concepts, int[] firsts) {
        TokenTable t = d.tokenTable();
        int sentence = t.sentence(ordinal.firstToken());
        for (int i = lowerBound(firsts, ordinal.endToken()); i < concepts.size(); i++) {
            Anchor c = concepts.get(i);
            if (c.firstToken() > ordinal.endToken() + ORDINAL_HEAD_WINDOW - 1) break;
            if (t.sentence(c.firstToken()) != sentence) break;
            String number = ordinal.value().startsWith("#") ? ordinal.value().substring(1) : ordinal.value();
            return ordinal.withValue(broadest(c.value()) + "#" + number);
        }
        return ordinal;
    }

    /** Follows the lexicon's {@code broader} tags up to the most general concept (cycles stop the walk). */
    String broadest(String concept) {
        String c = concept;
        for (int guard = 0; guard < 8; guard++) {
            String b = lexicon.contains(c) ? lexicon.tags(c).get("broader") : null;
            if (b == null || b.equals(c) || !lexicon.contains(b)) return c;
            c = b;
        }
        return c;
    }

    /**
     * Settings of an {@link AnchorExtractor}.
     *
     * <pre>{@code
     * AnchorExtractor x = AnchorExtractor.builder()
     *     .lexicon(ConceptLexicon.standard().merge(ConceptLexicon.fromDictionary(dict)))
     *     .types(EnumSet.of(AnchorType.TIME, AnchorType.ENTITY))
     *     .build();
     * }</pre>
     */
    public static final class Builder {
        private ConceptLexicon lexicon;
        private Set<AnchorType> types = EnumSet.allOf(AnchorType.class);

        private Builder() {}

        /** The concept lexicon (default: {@link ConceptLexicon#standard()}). */
        public Builder lexicon(ConceptLexicon l) { this.lexicon = Objects.requireNonNull(l); return this; }

        /** Adds a bilingual dictionary's entries to the lexicon as concepts. */
        public Builder dictionary(BilingualDictionary d) {
            ConceptLexicon base = lexicon == null ? ConceptLexicon.standard() : lexicon;
            this.lexicon = base.merge(ConceptLexicon.fromDictionary(d));
            return this;
        }

        /** The anchor types to extract (default: all). */
        public Builder types(Set<AnchorType> t) {
            if (t.isEmpty()) throw new IllegalArgumentException("no anchor types");
            this.types = EnumSet.copyOf(t);
            return this;
        }

        /** The extractor. */
        public AnchorExtractor build() {
            return new AnchorExtractor(lexicon == null ? ConceptLexicon.standard() : lexicon, types);
        }
    }
}
