package org.parallax.stats;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.core.Corpus;
import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.Layer;
import org.parallax.core.table.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConcordanceTest {
    private static Corpus seeds;

    @BeforeAll
    static void load() { seeds = Corpus.seeds(); }

    private static List<Integer> lineNumbers(Concordance c) { return c.lines().stream().map(KwicLine::line).toList(); }

    private static List<String> nodes(Concordance c) { return c.lines().stream().map(KwicLine::node).toList(); }

    @Test
    void krusciovInTheItalianDocument() {
        Concordance c = Concordance.search(seeds, ConcordanceQuery.word("Krusciov"));
        // grep -o Krusciov seeds/it-destalinizzazione.txt: lines 1, 3, 4 (twice), 5 (three times), 6
        assertEquals(8, c.size());
        assertEquals(List.of(1, 3, 4, 4, 5, 5, 5, 6), lineNumbers(c));
        assertTrue(c.lines().stream().allMatch(l -> l.doc().equals("it-destalinizzazione") && l.node().equals("Krusciov")));
        String text = seeds.document("it-destalinizzazione").text();
        KwicLine first = c.get(0);
        assertEquals(text.indexOf("Krusciov"), first.start());
        assertEquals(55, first.start());
        assertEquals(63, first.end());
        assertEquals(0, first.sentence());
        // five words each side, punctuation and spaces as written; "dell'" is one token
        assertEquals("il processo iniziato da Nikita ", first.left());
        assertEquals(", in seguito alla morte dell'", first.right());
        // the paragraph of line 4 starts with the node: no left context
        assertEquals("", c.get(2).left());
        assertEquals(" non voleva continuare la politica", c.get(2).right());
        assertEquals(List.of(0, 7, 8, 8, 10, 11, 12, 14), c.lines().stream().map(KwicLine::sentence).toList());
    }

    @Test
    void surfaceIsCaseSensitiveUnlessAskedOtherLayersAreNot() {
        assertEquals(0, Concordance.search(seeds, ConcordanceQuery.word(Layer.SURFACE, "krusciov")).size());
        assertEquals(8, Concordance.search(seeds, ConcordanceQuery.word(Layer.SURFACE, "Krusciov")).size());
        assertEquals(8, Concordance.search(seeds, ConcordanceQuery.word(Layer.SURFACE, "krusciov").ignoreCase()).size());
        assertEquals(8, Concordance.search(seeds, ConcordanceQuery.word(Layer.NORM, "KRUSCIOV")).size());
        assertEquals(8, Concordance.search(seeds, ConcordanceQuery.word(Layer.LEMMA, "krusciov")).size());
        assertEquals(8, Concordance.search(seeds, ConcordanceQuery.word(Layer.STEM, "krusciov")).size());
    }

    @Test
    void lemmaFindsInflectedForms() {
        Concordance c = Concordance.search(seeds, ConcordanceQuery.word(Layer.LEMMA, "liberare"));
        assertEquals(List.of("liberati", "libero"), nodes(c));
        assertEquals(List.of(1, 5), lineNumbers(c));
        // "liberalizzazione" (line 6) has its own lemma, which a regular expression finds too
        Corpus it = seeds.where("language", "it");
        assertEquals(List.of("liberati", "libero", "liberalizzazione"),
                nodes(Concordance.search(it, ConcordanceQuery.regex(Layer.LEMMA, "liber.*"))));
        assertEquals(2, Concordance.search(it, ConcordanceQuery.word(Layer.STEM, "liber")).size());
        assertEquals(0, Concordance.search(seeds, ConcordanceQuery.word(Layer.NORM, "liberare")).size());
    }

    @Test
    void regexAcrossLanguagesAndSubcorpora() {
        Concordance c = Concordance.search(seeds, ConcordanceQuery.regex(Layer.NORM, "destalini.*"));
        // it: lines 1, 4, 6; nl: title, 2 (twice, one a Russian transliteration), 3 (twice); the only English
        // spelling without a hyphen is in en-encyclopedia's bibliography (boilerplate)
        assertEquals(8, c.size());
        assertEquals(List.of("it-destalinizzazione", "it-destalinizzazione", "it-destalinizzazione", "nl-destalinisatie",
                "nl-destalinisatie", "nl-destalinisatie", "nl-destalinisatie", "nl-destalinisatie"),
                c.lines().stream().map(KwicLine::doc).toList());
        assertEquals(List.of("destalinizzazione", "destalinizzazione", "destalinizzazione", "Destalinisatie",
                "destalinisatie", "Destalinizatsiya", "destalinisatie", "destalinisatie"), nodes(c));
        // on the surface layer the regex is case-sensitive
        assertEquals(6, Concordance.search(seeds, ConcordanceQuery.regex(Layer.SURFACE, "destalini.*")).size());
        Concordance all = Concordance.search(seeds, ConcordanceQuery.regex(Layer.NORM, "destalini.*").includeBoilerplate(true));
        assertEquals(9, all.size());
        KwicLine en = all.get(8);
        assertEquals("en-encyclopedia", en.doc());
        assertEquals(28, en.line());
        assertEquals("Destalinization", en.node());
        Concordance nl = Concordance.search(seeds.where("language", "nl"), ConcordanceQuery.regex(Layer.NORM, "destalini.*"));
        assertEquals(5, nl.size());
        assertEquals(0, Concordance.search(seeds.where("language", "en"), ConcordanceQuery.regex(Layer.NORM, "destalini.*")).size());
    }

    @Test
    void multiwordQueriesAndGaps() {
        Concordance c = Concordance.search(seeds, ConcordanceQuery.phrase("cult of personality"));
        // grep -oi "cult of personality": en-wikipedia lines 3, 3, 8, 8, 8, 17, 17; en-essay 3, 6, 16, 17, 53
        assertEquals(12, c.size());
        assertEquals(List.of(3, 3, 8, 8, 8, 17, 17, 3, 6, 16, 17, 53), lineNumbers(c));
        assertEquals("Cult of Personality", c.get(0).node());
        assertEquals(3, c.get(0).tokens());
        Document wiki = seeds.document("en-wikipedia");
        for (KwicLine l : c.inDocument("en-wikipedia").lines()) assertEquals(wiki.text().substring(l.start(), l.end()), l.node());
        // each term on its own layer
        ConcordanceQuery mixed = ConcordanceQuery.sequence(ConcordanceQuery.Term.word(Layer.SURFACE, "cult"),
                ConcordanceQuery.Term.word(Layer.LEMMA, "of"), ConcordanceQuery.Term.regex(Layer.STEM, "person.*"));
        assertEquals(10, Concordance.search(seeds, mixed).size()); // "Cult" twice capitalized
        assertEquals(0, Concordance.search(seeds, ConcordanceQuery.phrase("cult personality")).size());
        Concordance gap = Concordance.search(seeds, ConcordanceQuery.phrase("cult personality").maxGap(1));
        assertEquals(12, gap.size());
        assertEquals(nodes(c), nodes(gap));
    }

    // the Italian QA corpus /tmp/qa/itap: straight and curly apostrophes, numbers and symbols
    private static final Corpus ITAP = Corpus.of(List.of(
            Document.of("it1", Language.IT, "Nel 1956 l'Unione Sovietica cambiò rotta. Il leader dell’URSS, Nikita Krusciov, parlò al XX Congresso.\n"
                    + "La critica a Stalin (il \"piccolo padre\") fu dura: molti prigionieri furono liberati dai gulag.\n"
                    + "Il prezzo salì a 3,5 rubli (+10%) il 3/4/1957 e poi a $5.00? Non è chiaro... C++ e C# non esistevano.\n"
                    + "L'URSS e l'Unione: due nomi, una realtà. DELL'URSS in maiuscolo.\n"),
            Document.of("it2", Language.IT, "Dopo la morte di Stalin nel 1953, l’Unione Sovietica avviò la destalinizzazione.\n"
                    + "Krusciov denunciò il culto della personalità nel febbraio 1956 davanti al congresso del partito.\n")));

    @Test
    void queryWordsAreCutIntoTokensLikeTheText() {
        // regression: the query was split on whitespace only, so "Stalin's" (two tokens in English) found nothing
        Concordance c = Concordance.search(seeds, ConcordanceQuery.word("Stalin's"));
        assertEquals(31, c.size());
        assertEquals(nodes(Concordance.search(seeds, ConcordanceQuery.phrase("Stalin 's"))), nodes(c));
        assertEquals(19, nodes(c).stream().filter("Stalin's"::equals).count());
        assertEquals(12, nodes(c).stream().filter("Stalin’s"::equals).count());
        assertTrue(c.lines().stream().allMatch(l -> l.tokens() == 2));
        assertEquals(31, Concordance.search(seeds, ConcordanceQuery.word("Stalin’s")).size());
        assertEquals(31, Concordance.search(seeds, ConcordanceQuery.parse("Stalin's", Layer.NORM, false)).size());
        // the pieces are matched on the term's layer: case-sensitive and apostrophe-exact on the surface
        assertEquals(19, Concordance.search(seeds, ConcordanceQuery.parse("surface:Stalin's", Layer.NORM, false)).size());
        assertEquals(12, Concordance.search(seeds, ConcordanceQuery.parse("Stalin’s", Layer.SURFACE, false)).size());
        // in a multiword query, with the other terms
        assertEquals(8, Concordance.search(seeds, ConcordanceQuery.phrase("Stalin's death")).size());
        // the clitic alone still finds the clitic token, as before
        assertEquals(55, Concordance.search(seeds, ConcordanceQuery.word("'s")).size());
    }

    @Test
    void italianElisionCurlyApostrophesNumbersAndSymbolsInQueries() {
        // regression: l'Unione found nothing while "l' Unione" found 3
        Concordance unione = Concordance.search(ITAP, ConcordanceQuery.word("l'Unione"));
        assertEquals(List.of("l'Unione", "l'Unione", "l’Unione"), nodes(unione));
        assertEquals(nodes(Concordance.search(ITAP, ConcordanceQuery.phrase("l' Unione"))), nodes(unione));
        assertEquals(List.of("l’Unione"), nodes(Concordance.search(ITAP, ConcordanceQuery.parse("l’Unione", Layer.SURFACE, false))));
        // a curly apostrophe in the query; the norm layer unifies apostrophes and case
        assertEquals(List.of("dell’URSS", "DELL'URSS"), nodes(Concordance.search(ITAP, ConcordanceQuery.word("dell’URSS"))));
        assertEquals(List.of("dell’URSS", "DELL'URSS"), nodes(Concordance.search(ITAP, ConcordanceQuery.word("dell'URSS"))));
        // an elided article alone is still one token
        assertEquals(List.of("dell’", "DELL'"), nodes(Concordance.search(ITAP, ConcordanceQuery.word("dell'"))));
        for (String q : List.of("C++", "10%", "$5.00", "3/4/1957")) {
            assertEquals(List.of(q), nodes(Concordance.search(ITAP, ConcordanceQuery.parse(q, Layer.SURFACE, false))), q);
        }
        assertEquals(5, Concordance.search(ITAP, ConcordanceQuery.word("3/4/1957")).get(0).tokens());
        assertEquals(List.of("3/4/1957 e poi a $5.00"),
                nodes(Concordance.search(ITAP, ConcordanceQuery.phrase("3/4/1957 e poi a $5.00"))));
    }

    @Test
    void wordPiecesAreAdjacentAndCutInTheLanguageOfTheText() {
        Corpus t = Corpus.of(List.of(Document.of("en", Language.EN, "Stalin 's statue and Stalin's statue."),
                Document.of("nl", Language.NL, "Stalin's standbeeld.")));
        // the pieces of one word are written without space between them, even with a gap allowed
        Concordance c = Concordance.search(t, ConcordanceQuery.word("Stalin's").maxGap(2));
        assertEquals(List.of("Stalin's", "Stalin's"), nodes(c));
        assertEquals(List.of("en", "nl"), c.lines().stream().map(KwicLine::doc).toList());
        // two tokens in English, one in Dutch
        assertEquals(List.of(2, 1), c.lines().stream().map(KwicLine::tokens).toList());
        assertEquals(List.of("Stalin 's", "Stalin's"), nodes(Concordance.search(t, ConcordanceQuery.phrase("Stalin 's"))));
        assertEquals(List.of("Stalin's statue"), nodes(Concordance.search(t, ConcordanceQuery.phrase("stalin's statue"))));
        // a regular expression is not cut: it matches one whole token ("stalin's" only in Dutch)
        assertEquals(List.of("Stalin's"), nodes(Concordance.search(t, ConcordanceQuery.regex(Layer.NORM, "stalin's"))));
        assertEquals(List.of("nl"), Concordance.search(t, ConcordanceQuery.parse("stalin'.*", Layer.NORM, true)).lines()
                .stream().map(KwicLine::doc).toList());
    }

    @Test
    void wordTokensFollowTheLanguage() {
        assertEquals(List.of("Stalin", "'s"), WordTokens.of("Stalin's", Language.EN));
        assertEquals(List.of("Stalin's"), WordTokens.of("Stalin's", Language.NL));
        assertEquals(List.of("l'", "Unione"), WordTokens.of("l'Unione", Language.IT));
        assertEquals(List.of("dell’", "URSS"), WordTokens.of("dell’URSS", Language.IT));
        assertEquals(List.of("C", "+", "+"), WordTokens.of("C++", Language.EN));
        assertEquals(List.of("$", "5.00"), WordTokens.of("$5.00", Language.EN));
        assertEquals(List.of("de-Stalinization"), WordTokens.of("de-Stalinization", Language.EN));
        assertEquals(List.of(), WordTokens.of(" ", Language.EN));
        Document it = seeds.document("it-destalinizzazione");
        assertEquals(Language.IT, WordTokens.language(it, it.tokenTable().block(0)));
    }

    @Test
    void gapsSkipPunctuationOnlyWhenAllowedAndNeverCrossSentences() {
        Corpus t = Corpus.of(Document.of("t", Language.EN, "Stalin died. Then Khrushchev rose. Stalin, died!"));
        assertEquals(List.of("Stalin died"), nodes(Concordance.search(t, ConcordanceQuery.phrase("stalin died"))));
        assertEquals(List.of("Stalin died", "Stalin, died"),
                nodes(Concordance.search(t, ConcordanceQuery.phrase("stalin died").maxGap(1))));
        assertEquals(0, Concordance.search(t, ConcordanceQuery.phrase("died then").maxGap(3)).size());
        // the shortest completion: "then" right after "died", although a gap would allow more
        Corpus u = Corpus.of(Document.of("u", Language.EN, "He said yes and yes and yes."));
        assertEquals(List.of("said yes", "yes and yes", "yes and yes"),
                nodes(Concordance.search(u, ConcordanceQuery.parse("said|yes yes", Layer.NORM, true).maxGap(2))));
    }

    @Test
    void tokenContextsAreExactAndStayInTheirScope() {
        Concordance c = Concordance.search(seeds, ConcordanceQuery.regex(Layer.NORM, "stalin.*").includeBoilerplate(true));
        assertTrue(c.size() > 100, "hits: " + c.size());
        for (KwicLine l : c.lines()) {
            Document d = seeds.document(l.doc());
            assertEquals(d.text().substring(l.start(), l.end()), l.node());
            assertEquals(d.lineOf(l.start()), l.line());
            String around = d.text().substring(l.start() - l.left().length(), l.end() + l.right().length());
            assertEquals(l.left() + l.node() + l.right(), around);
        }
        // sentence scope: the sentence of line 5 starting "Krusciov aveva scommesso" has no left context
        Concordance s = Concordance.search(seeds, ConcordanceQuery.word("Krusciov"), KwicContext.tokens(5, KwicContext.Scope.SENTENCE));
        assertEquals("", s.get(6).left());
        assertEquals(" aveva scommesso su questo, e", s.get(6).right());
        Concordance p = Concordance.search(seeds, ConcordanceQuery.word("Krusciov"), KwicContext.tokens(5));
        assertEquals("senza condividere la stessa colpa. ", p.get(6).left());
        // fewer words than asked: the context runs to the end of the paragraph, final punctuation included
        Corpus small = Corpus.of(Document.of("d", Language.EN, "One two three.\nFour  five\tsix seven.\n\nEight nine ten."));
        KwicLine six = Concordance.search(small, ConcordanceQuery.word("six"), KwicContext.tokens(3)).get(0);
        assertEquals("Four  five\t", six.left());
        assertEquals(" seven.", six.right());
        assertEquals(2, six.line());
        KwicLine none = Concordance.search(small, ConcordanceQuery.word("six"), KwicContext.tokens(0)).get(0);
        assertEquals("", none.left());
        assertEquals("", none.right());
    }

    @Test
    void characterContextsNormalizeWhitespace() {
        Corpus small = Corpus.of(Document.of("d", Language.EN, "One two three.\nFour  five\tsix seven.\n\nEight nine ten."));
        KwicLine six = Concordance.search(small, ConcordanceQuery.word("six"), KwicContext.characters(12)).get(0);
        // raw "three.\nFour  five\t" and " seven.\n\nEight": whitespace runs count as one space
        assertEquals(". Four five ", six.left());
        assertEquals(" seven. Eigh", six.right());
        assertEquals("six", six.node());
        KwicLine one = Concordance.search(small, ConcordanceQuery.word("one"), KwicContext.characters(100)).get(0);
        assertEquals("", one.left());
        assertEquals(" two three. Four five six seven. Eight nine ten.", one.right());
        // code points, not chars: an emoji is one character
        Corpus emoji = Corpus.of(Document.of("e", Language.EN, "I 😀 love Stalin jokes."));
        assertEquals("😀 love ", Concordance.search(emoji, ConcordanceQuery.word("stalin"), KwicContext.characters(7)).get(0).left());
    }

    @Test
    void sortingByRightAndLeftWordsWithTiesInDocumentOrder() {
        Concordance c = Concordance.search(seeds, ConcordanceQuery.word("Krusciov"));
        // 1R: aveva (5) che (5) dal (6) in (1) in (4) non (4) senza (3) senza (5): ties in document order
        Concordance r1 = c.sorted(KwicSort.right(1));
        assertEquals(List.of(2634, 2247, 3134, 55, 1916, 1775, 1730, 2590), r1.lines().stream().map(KwicLine::start).toList());
        assertEquals(List.of("aveva", "che", "dal", "in", "in", "non", "senza", "senza"),
                r1.lines().stream().map(l -> r1.sortValue(l, KwicSort.right(1))).toList());
        // 1R then 2R: "senza condividere" (line 5) before "senza una" (line 3); "in seguito" before "in un"
        Concordance r12 = c.sorted(KwicSort.parse("1R,2R", Layer.SURFACE));
        assertEquals(List.of(2634, 2247, 3134, 55, 1916, 1775, 2590, 1730), r12.lines().stream().map(KwicLine::start).toList());
        // 1L: none (paragraph start) first, punctuation skipped ("colpa. Krusciov"), "Nikita" twice in document order
        Concordance l1 = c.sorted(KwicSort.left(1));
        assertEquals(List.of("", "attaccare", "colpa", "da", "da", "di", "Nikita", "Nikita"),
                l1.lines().stream().map(l -> l1.sortValue(l, KwicSort.left(1))).toList());
        assertEquals(List.of(1775, 2590, 2634, 1916, 2247, 3134, 55, 1730), l1.lines().stream().map(KwicLine::start).toList());
        // ties go back to document order whatever the previous order
        assertEquals(l1.lines(), r12.sorted(KwicSort.left(1)).lines());
        assertEquals(List.of(KwicSort.left(1)), l1.order());
        assertEquals(c.lines(), c.sorted(KwicSort.node()).lines());
    }

    @Test
    void sortingIgnoresCaseNotAccents() {
        Corpus a = Corpus.of(Document.of("a", Language.EN,
                "I saw the Apple. I saw the banana. I saw the apple. I saw the Cherry. I saw the Éclair. I saw the eclair."));
        Concordance c = Concordance.search(a, ConcordanceQuery.word("the")).sorted(KwicSort.right(1));
        assertEquals(List.of("Apple", "apple", "banana", "Cherry", "eclair", "Éclair"),
                c.lines().stream().map(l -> c.sortValue(l, KwicSort.right(1))).toList());
        Concordance byLemmaLeft = Concordance.search(a, ConcordanceQuery.word("the")).sorted(KwicSort.right(1).on(Layer.NORM), KwicSort.left(2));
        assertEquals("apple", byLemmaLeft.sortValue(byLemmaLeft.get(0), KwicSort.right(1).on(Layer.NORM)));
        assertEquals(6, byLemmaLeft.get(0).start()); // "the Apple": equal keys, document order
    }

    @Test
    void sortKeysParse() {
        assertEquals(List.of(new KwicSort(1, Layer.NORM), new KwicSort(-2, Layer.NORM), new KwicSort(0, Layer.NORM)),
                KwicSort.parse("1R, l2,node", Layer.NORM));
        assertEquals("2L", KwicSort.left(2).label());
        assertEquals("node", KwicSort.node().label());
        assertThrows(IllegalArgumentException.class, () -> KwicSort.parse("3X", Layer.NORM));
        assertThrows(IllegalArgumentException.class, () -> KwicSort.parse("0R", Layer.NORM));
        assertThrows(IllegalArgumentException.class, () -> KwicSort.parse(" , ", Layer.NORM));
        assertThrows(IllegalArgumentException.class, () -> KwicSort.right(0));
    }

    @Test
    void plainTextKwicIsAlignedAndDeterministic() {
        Corpus s = Corpus.of(Document.of("s", Language.EN, "The cat sat on the mat. The dog sat too."));
        Concordance c = Concordance.search(s, ConcordanceQuery.word("sat"));
        assertEquals("s  1    The cat [sat] on the ma\n"
                + "s  1  . The dog [sat] too.\n", c.toText(10));
        assertEquals(c.toText(10), Concordance.search(s, ConcordanceQuery.word("sat")).toText(10));
        String text = Concordance.search(seeds, ConcordanceQuery.word("Krusciov")).toText();
        assertEquals("it-destalinizzazione  1           il processo iniziato da Nikita [Krusciov], in seguito alla morte dell'",
                text.lines().findFirst().orElseThrow());
        // the node column is aligned: every '[' at the same column
        assertTrue(text.lines().allMatch(l -> l.indexOf('[') == 20 + 2 + 1 + 2 + 40), text);
        Concordance chars = Concordance.search(s, ConcordanceQuery.word("dog"), KwicContext.characters(6));
        assertEquals("s  1  . The [dog] sat t\n", chars.toText());
    }

    @Test
    void htmlEscapesEveryPieceOfCorpusText() {
        Corpus h = Corpus.of(Document.of("x<\"doc\">", Language.EN, "He wrote <script>alert(\"x\" & 'y')</script> and left & came back."));
        Concordance c = Concordance.search(h, ConcordanceQuery.regex(Layer.SURFACE, "script|left"));
        assertEquals(3, c.size());
        String html = c.toHtml();
        assertTrue(html.startsWith("<table class=\"kwic\">\n<caption>3 hits for surface:/script|left/</caption>"), html);
        assertTrue(html.contains("<mark class=\"kwic-node\">script</mark>"), html);
        assertTrue(html.contains("He wrote &lt;</td>"), html);
        assertTrue(html.contains("&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt; and</td>"), html);
        assertTrue(html.contains("data-doc=\"x&lt;&quot;doc&quot;&gt;\""), html);
        String tagsRemoved = html.replaceAll("</?(table|caption|thead|tbody|tr|th|td|mark)( [^>]*)?>", "");
        assertTrue(tagsRemoved.indexOf('<') < 0 && tagsRemoved.indexOf('>') < 0, tagsRemoved);
        assertTrue(tagsRemoved.replaceAll("&(amp|lt|gt|quot|#39);", "").indexOf('&') < 0, tagsRemoved);
        // a query with markup is escaped in the caption too
        String q = Concordance.search(h, ConcordanceQuery.regex(Layer.SURFACE, "<.*")).toHtml();
        assertTrue(q.contains("<caption>2 hits for surface:/&lt;.*/</caption>"), q);
    }

    @Test
    void boilerplateIsExcludedByDefault() {
        Corpus enc = seeds.where("id", "en-encyclopedia");
        assertEquals(0, Concordance.search(enc, ConcordanceQuery.word(Layer.SURFACE, "Skip")).size());
        Concordance skip = Concordance.search(enc, ConcordanceQuery.word(Layer.SURFACE, "Skip").includeBoilerplate(true));
        assertEquals(1, skip.size());
        assertEquals(1, skip.get(0).line());
        assertEquals(" to main content", skip.get(0).right());
        // "De-Stalinization" in the citation widgets (lines 39, 41, 43) only with the boilerplate
        Concordance plain = Concordance.search(enc, ConcordanceQuery.word("De-Stalinization"));
        Concordance all = Concordance.search(enc, ConcordanceQuery.word("De-Stalinization").includeBoilerplate(true));
        assertEquals(13, plain.size());
        assertEquals(16, all.size());
        assertEquals(List.of(39, 41, 43), lineNumbers(all).subList(13, 16));
        assertTrue(lineNumbers(plain).stream().allMatch(n -> n <= 17));
    }

    @Test
    void tablesAndSummaries() {
        Concordance c = Concordance.search(seeds, ConcordanceQuery.word(Layer.LEMMA, "liberare"));
        Table t = c.toTable();
        assertEquals(List.of("doc", "line", "sentence", "start", "end", "left", "node", "right"), t.columns());
        assertEquals("concordance", t.name());
        assertEquals(2, t.size());
        assertEquals("liberati", t.get(0, "node"));
        assertEquals(1, t.get(0, "line"));
        String tsv = t.toTsv();
        assertTrue(tsv.startsWith("doc\tline\tsentence\tstart\tend\tleft\tnode\tright\nit-destalinizzazione\t1\t0\t"), tsv);
        String s = c.toString();
        assertTrue(s.startsWith("Concordance: 2 hits for lemma:liberare, context 5 tokens (paragraph)"), s);
        assertTrue(s.contains("[liberati]") && s.contains("[libero]"), s);
        assertThrows(UnsupportedOperationException.class, () -> c.lines().clear());
        assertEquals(1, c.head(1).size());
        assertEquals(2, c.head(10).size());
        assertEquals(0, c.head(0).size());
        assertEquals("it-destalinizzazione:1  a un gran numero di [liberati] dalla prigione di Gulag, un", c.get(0).toString());
        Concordance many = Concordance.search(seeds, ConcordanceQuery.regex(Layer.NORM, "stalin"));
        assertTrue(many.size() > 20);
        assertTrue(many.toString().contains("... " + (many.size() - 20) + " more lines"));
    }

    @Test
    void emptyResults() {
        Concordance c = Concordance.search(seeds, ConcordanceQuery.word("zzzz"));
        assertTrue(c.isEmpty());
        assertEquals("", c.toText());
        assertEquals("doc\tline\tsentence\tstart\tend\tleft\tnode\tright\n", c.toTable().toTsv());
        assertEquals("[]\n", c.toTable().toJson());
        assertTrue(c.toHtml().contains("<caption>0 hits for norm:zzzz</caption>") && c.toHtml().contains("<tbody>\n</tbody>"));
        assertEquals("Concordance: 0 hits for norm:zzzz, context 5 tokens (paragraph)" + System.lineSeparator(), c.toString());
        assertTrue(c.sorted(KwicSort.right(1)).isEmpty());
        assertTrue(Concordance.search(Corpus.of(List.of()), ConcordanceQuery.word("x")).isEmpty());
    }

    @Test
    void badQueries() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConcordanceQuery.regex(Layer.NORM, "destalini("));
        assertTrue(e.getMessage().startsWith("bad regular expression 'destalini(': Unclosed group"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConcordanceQuery.parse("  ", Layer.NORM, false));
        assertThrows(IllegalArgumentException.class, () -> ConcordanceQuery.parse("ok [", Layer.NORM, true));
        assertThrows(IllegalArgumentException.class, () -> ConcordanceQuery.word(""));
        assertThrows(IllegalArgumentException.class, () -> ConcordanceQuery.word("x").maxGap(-1));
        assertThrows(IllegalArgumentException.class, () -> KwicContext.tokens(-1));
        assertThrows(IllegalArgumentException.class, () -> KwicContext.Scope.parse("page"));
    }

    @Test
    void queriesParseWithLayersPerTerm() {
        ConcordanceQuery q = ConcordanceQuery.parse("lemma:liberare  Surface:Stalin x", Layer.NORM, false);
        assertEquals(List.of(ConcordanceQuery.Term.word(Layer.LEMMA, "liberare"), ConcordanceQuery.Term.word(Layer.SURFACE, "Stalin"),
                ConcordanceQuery.Term.word(Layer.NORM, "x")), q.terms());
        assertEquals("lemma:liberare surface:Stalin norm:x", q.toString());
        assertEquals("surface:/st.*/(i) (gap <= 2) (boilerplate included)",
                ConcordanceQuery.regex(Layer.SURFACE, "st.*").ignoreCase().maxGap(2).includeBoilerplate(true).toString());
        // a prefix that is not a layer stays part of the word
        assertEquals("norm:http://x", ConcordanceQuery.parse("http://x", Layer.NORM, false).toString());
    }
}
