package org.parallax.core.anchor;

import org.parallax.core.Document;
import org.parallax.core.Language;
import org.parallax.core.Sentence;
import org.parallax.core.TokenTable;
import org.parallax.core.TokenType;
import org.parallax.core.text.Capitals;
import org.parallax.core.text.LanguageKit;
import org.parallax.core.text.Lemmatizer;
import org.parallax.core.text.TextAnalyzer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds named-entity mentions in a document with general, language-aware heuristics over the token
 * columns and the morphological dictionary; everything language-specific comes from the cue lists in
 * {@code org/parallax/lang/<code>/entities.tsv}.
 *
 * <pre>{@code
 * List<EntityMention> ms = EntityRecognizer.standard().mentions(Corpus.seeds().document("it-destalinizzazione"));
 * ms.get(0);  // it-destalinizzazione PERSON "Nikita Krusciov" -> Nikita Krusciov [48-63]
 * }</pre>
 *
 * <h2>Candidates</h2>
 * A candidate is a run of adjacent capitalized word tokens inside one sentence. It may contain
 * <ul>
 *   <li>initials ({@code A. M. Amzad}) and, after a name word, Roman numerals ({@code Pius XII});</li>
 *   <li>name particles from the {@code particle} list: lower-case between two name words ({@code Charles de
 *       Gaulle}), or capitalized at the start ({@code Van Goudoever}) &mdash; but not at the start of a sentence
 *       when the particle is also a stopword of the language and the tagger reads it as an article
 *       ({@code De Sovjet-Unie ...}), or when no name follows;
 *       never before an acronym or a head word;</li>
 *   <li>hyphenated tokens ({@code Sovjet-Unie}, {@code Karl-Marx-Allee}) and all-caps acronyms ({@code CPSU}).</li>
 * </ul>
 * A word written in capitals counts as capitalized only when the token layer reads it as written
 * ({@link TextAnalyzer#ALL_CAPS}): a stopword ({@code THE}), a word of a shouted heading and a word the
 * document also writes in lower case are lower-case words however they are written.
 * A run breaks at punctuation, numbers, lower-case words, capitalized stopwords, and month and day names
 * (the {@code month} and {@code day} cues and the month abbreviations of {@code abbreviations.tsv}).
 * Then, in this order:
 * <ol>
 *   <li>in a run without an organization or place head word ({@code Communist Party} keeps its adjective),
 *       derived words are removed (and split the run): a hyphenated word with a derivational prefix
 *       ({@code Anti-Stalinist}, {@code De-Stalinization}, {@code Post-Stalin}), a word with a derivational
 *       suffix ({@code Stalinism}, {@code Marxism–Leninism}, {@code Stalinistische}), a compound whose last
 *       part is lower case ({@code Stalin-centric});</li>
 *   <li>leading person titles are removed and make the mention a person ({@code Historian Martin McCauley},
 *       {@code Marshal Mikhail Tukhachevsky});</li>
 *   <li>the first word of a sentence (or after a colon or an opening quote or bracket), whose capital says
 *       nothing, is dropped when the dictionary knows its lower-case form as a common word (lemma lookup, a
 *       reading other than PROPN), unless the run has an organization or place head word
 *       ({@code Soviet Union ...}) or the word is an adjective before a name the dictionary does not know as
 *       a common word ({@code New York}, {@code Eastern Europe});</li>
 *   <li>in a title-case sentence or quotation (two thirds or more of its content words capitalized, at
 *       least two, counting only words the dictionary knows as common words where the language has a dictionary,
 *       and not the capital of the first word when the sentence ends in {@code .}, {@code !} or {@code ?}: so
 *       {@code Andò a Mosca.} is none, {@code Breve Introduzione} is one: headings, book titles,
 *       {@code "On the Cult of Personality"}), capitals say nothing either:
 *       words the dictionary knows as common words are removed unless the run has a head word;</li>
 *   <li>a single remaining word is dropped when it is a title, a stopword, a single letter, an initial, a
 *       Roman numeral, or an adjective (a demonym or derived adjective: {@code Soviet}, {@code Russische})
 *       that is not a head word.</li>
 * </ol>
 * Inverted names are recognized in two clear layouts only, without any list of names: a line that is a
 * list of two or more {@code surname, given names} items separated by semicolons, after an optional
 * {@code label:} ({@code See also: khrushchev, nikita sergeyevich; stalin, josef vissarionovich}), and a
 * bibliography entry that starts with {@code Surname, Given names} followed by a year in parentheses
 * ({@code Breslauer, George W. (1982)}). Their canonical names are in natural order and capitalized.
 *
 * <h2>Canonical name</h2>
 * The words of the mention joined by single spaces, titles left out; a genitive ending from the
 * {@code genitive} cues is stripped from the last word: an apostrophe ending always ({@code Stalin's} as
 * one token), a bare letter ending ({@code Stalins} in Dutch) only when the dictionary lemma or another
 * mention of the same document confirms the shorter form. English {@code 's} is a separate token and not
 * part of the mention.
 *
 * <h2>Kind</h2>
 * The first rule that applies: an organization or place head word anywhere in the name, looking from the
 * end ({@code Communist Party}, {@code Partito Comunista}, {@code Red Square}, {@code Sovjet-Unie}); a person
 * title before the name (up to two words back) or in apposition after it ({@code Georgi Malenkov, Premier
 * of ...}) &rarr; PERSON; a place-name ending ({@code Stalingrad}) &rarr; PLACE; an acronym &rarr;
 * ORGANIZATION, or PLACE after a preposition of place ({@code in URSS}); a preposition of place (articles
 * skipped) before a single word or before words the dictionary does not know as common words, and not
 * followed by a possessive ({@code in Khrushchev's speech}) &rarr; PLACE; two or more words that all look like names (initials, particles, words the dictionary
 * lists as proper nouns or does not know as common words), the first not an adjective &rarr; PERSON; otherwise OTHER. Then, within the
 * document (one sense per discourse): a person-shaped name containing a word that is a place elsewhere in
 * the document is not a person ({@code Moscow Metro} after {@code in Moscow}), and a single word that is
 * the last word of a person's name elsewhere in the document is a PERSON ({@code Khrushchev} after
 * {@code Nikita Khrushchev}).
 *
 * <p>These are heuristics; they favour precision on the first-word and title-case cases and are
 * language-independent apart from the cue files and the dictionary. Thread-safe: the only state is a cache
 * of the immutable cue lists per language, and each call works on its own scan state and lemmatizer, so
 * one instance may serve any number of threads.
 */
public final class EntityRecognizer {
    private static final EntityRecognizer STANDARD = new EntityRecognizer();
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\p{Ll}?\\.");
    private static final Pattern ROMAN = Pattern.compile("(?=[IVXLC])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}[a-z]?");

    private final Map<Language, EntityCues> cues = new ConcurrentHashMap<>();

    private EntityRecognizer() {}

    /** The recognizer with the bundled cue lists. */
    public static EntityRecognizer standard() { return STANDARD; }

    /** One line: where the cues come from and the languages whose cue lists are loaded so far. */
    @Override
    public String toString() {
        List<String> loaded = new ArrayList<>();
        for (Language l : cues.keySet()) loaded.add(l.code());
        java.util.Collections.sort(loaded);
        return "EntityRecognizer[cues from entities.tsv of it, nl, en; loaded for: "
                + (loaded.isEmpty() ? "none yet" : String.join(", ", loaded)) + "]";
    }

    /** The cue lists of a language. */
    EntityCues cues(Language lang) { return cues.computeIfAbsent(lang, EntityCues::load); }

    /** The mentions of a document, in document order (boilerplate included and flagged). */
    public List<EntityMention> mentions(Document doc) {
        return new Scan(doc, cues(doc.language())).run();
    }

    /** Dictionary facts about word forms, cached for one scan. */
    private static final class Lexicon {
        static final int COMMON = 1;
        static final int ADJ = 2;
        static final int PROPN = 4;

        private final Lemmatizer lem;
        private final Map<String, Integer> cache = new HashMap<>();

        Lexicon(Language lang) {
            LanguageKit kit = LanguageKit.of(lang);
            this.lem = kit.hasDictionary() ? kit.newLemmatizer() : null;
        }

        int flags(String surface) {
            Integer f = cache.get(surface);
            if (f != null) return f;
            int v;
            List<String> parts = org.parallax.core.Token.parts(surface);
            if (parts.size() > 1) {
                v = COMMON;
                for (int k = 0; k < parts.size(); k++) {
                    int p = one(parts.get(k));
                    if ((p & COMMON) == 0) v &= ~COMMON;
                    if ((p & PROPN) != 0) v |= PROPN;
                    if (k == parts.size() - 1 && (p & ADJ) != 0) v |= ADJ;
                }
                int whole = one(surface);
                v |= whole & PROPN;
            } else {
                v = one(surface);
            }
            cache.put(surface, v);
            return v;
        }

        private int one(String surface) {
            if (lem == null || surface.isEmpty()) return 0;
            String lower = surface.toLowerCase(Locale.ROOT);
            int v = 0;
            for (Lemmatizer.Analysis a : lem.analyses(lower)) {
                String u = a.upos();
                if (!"PROPN".equals(u) && !"X".equals(u)) v |= COMMON;
                if ("ADJ".equals(u)) v |= ADJ;
            }
            if (!lower.equals(surface)) {
                for (Lemmatizer.Analysis a : lem.analyses(surface)) {
                    if ("PROPN".equals(a.upos())) v |= PROPN;
                    if ("ADJ".equals(a.upos())) v |= ADJ;
                }
            }
            return v;
        }

        boolean hasDictionary() { return lem != null; }

        boolean common(String surface) { return (flags(surface) & COMMON) != 0; }

        boolean adjective(String surface) { return (flags(surface) & ADJ) != 0; }

        boolean nameLike(String surface) {
            int f = flags(surface);
            return (f & PROPN) != 0 || (f & COMMON) == 0;
        }
    }

    /** A mention before its name and kind are final. */
    private static final class Draft {
        final int first;
        final int end;
        boolean titled;
        boolean byShape;  // a person by the shape of the name only
        boolean possessive; // a genitive ending was stripped
        String name;      // preset for inverted names
        EntityKind kind;  // preset for inverted names

        Draft(int first, int end) {
            this.first = first;
            this.end = end;
        }
    }

    /** One call of {@link #mentions}: not shared between threads. */
    private static final class Scan {
        private final Document doc;
        private final TokenTable t;
        private final String text;
        private final EntityCues cues;
        private final Lexicon lex;
        private final LanguageKit kit;
        private final BitSet consumed = new BitSet();
        private final List<Draft> drafts = new ArrayList<>();
        private boolean[] titleCase;
        private boolean[] initial;
        private int base;

        Scan(Document doc, EntityCues cues) {
            this.doc = doc;
            this.t = doc.tokenTable();
            this.text = doc.text();
            this.cues = cues;
            this.lex = new Lexicon(doc.language());
            this.kit = LanguageKit.of(doc.language());
        }

        // ---- token predicates

        String surface(int i) { return text.substring(t.start(i), t.end(i)); }

        String lower(int i) { return t.norm(i); }

        boolean word(int i) { return t.type(i) == TokenType.WORD; }

        boolean cap(int i) {
            if (!word(i)) return false;
            char c = text.charAt(t.start(i));
            return (Character.isUpperCase(c) || Character.isTitleCase(c)) && !shouted(i);
        }

        /**
         * A word written in capitals that the token layer reads as a lower-case word (a stopword, a word of a
         * shouted line, a word the document also writes in lower case: not {@link TextAnalyzer#ALL_CAPS}):
         * no name, whatever its capitals ({@code THE CAT} when the document writes {@code cat}).
         */
        boolean shouted(int i) {
            return (t.flags(i) & TextAnalyzer.ALL_CAPS) == 0 && Capitals.isWrittenInCapitals(text, t.start(i), t.end(i));
        }

        boolean punct(int i, String chars) {
            return t.type(i) == TokenType.PUNCT && t.end(i) - t.start(i) == 1 && chars.indexOf(text.charAt(t.start(i))) >= 0;
        }

        boolean initialLetter(int i) { return word(i) && INITIAL.matcher(surface(i)).matches(); }

        boolean roman(int i) {
            String s = surface(i);
            return word(i) && s.length() <= 6 && ROMAN.matcher(s).matches();
        }

        boolean acronym(int i) {
            if (!word(i) || shouted(i)) return false;
            String s = surface(i);
            if (s.length() < 2 || s.length() > 8 || roman(i)) return false;
            int letters = 0;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (Character.isLetter(c)) {
                    if (!Character.isUpperCase(c)) return false;
                    letters++;
                } else if (!Character.isDigit(c) && c != '-' && c != '&') {
                    return false;
                }
            }
            return letters >= 2;
        }

        boolean particle(int i) { return word(i) && cues.is(lower(i), EntityCues.PARTICLE); }

        boolean monthOrDay(int i) {
            String l = stripDot(lower(i));
            return cues.is(l, EntityCues.MONTH) || cues.is(l, EntityCues.DAY)
                    || kit.abbreviation(l) == LanguageKit.AbbreviationKind.MONTH;
        }

        boolean title(int i) { return word(i) && cues.is(stripDot(lower(i)), EntityCues.TITLE); }

        static String stripDot(String s) { return s.endsWith(".") && s.length() > 1 ? s.substring(0, s.length() - 1) : s; }

        /** An organization or place head word (the word itself or its last hyphen part). */
        EntityKind head(int i) {
            String l = stripDot(lower(i));
            List<String> parts = org.parallax.core.Token.parts(l);
            String last = parts.get(parts.size() - 1);
            if (cues.is(l, EntityCues.ORGANIZATION) || cues.is(last, EntityCues.ORGANIZATION)) return EntityKind.ORGANIZATION;
            if (cues.is(l, EntityCues.PLACE) || cues.is(last, EntityCues.PLACE)) return EntityKind.PLACE;
            return null;
        }

        /** A derived common word rather than a name. */
        boolean derived(int i) {
            String s = surface(i);
            List<String> parts = org.parallax.core.Token.parts(s);
            if (parts.size() > 1) {
                String first = parts.get(0).toLowerCase(Locale.ROOT);
                for (String p : cues.affixes(EntityCues.DERIVATION_PREFIX)) if (first.equals(p)) return true;
                String last = parts.get(parts.size() - 1);
                if (!last.isEmpty() && Character.isLowerCase(last.charAt(0))) return true;
            }
            for (String p : parts) {
                if (cues.hasSuffix(p.toLowerCase(Locale.ROOT), EntityCues.DERIVATION_SUFFIX, 4)) return true;
            }
            return false;
        }

        /** A token that can be part of a name run. */
        boolean candidate(int i) {
            if (!word(i) || consumed.get(i)) return false;
            if (!cap(i)) return false;
            if (monthOrDay(i)) return false;
            return !t.isStopword(i) || particle(i) || acronym(i);
        }

        // ---- the scan

        List<EntityMention> run() {
            if (t.size() == 0) return List.of();
            findInvertedLists();
            for (Sentence s : doc.sentences()) scanSentence(s);
            return finish();
        }

        private void scanSentence(Sentence s) {
            int from = s.firstToken();
            int to = s.endToken();
            base = from;
            titleCase = new boolean[to - from];
            initial = new boolean[to - from];
            markTitleCase(from, to);
            markInitial(from, to);
            int i = from;
            while (i < to) {
                if (!candidate(i) || (initial[i - from] && particle(i) && t.isStopword(i)
                        && ("DET".equals(t.upos(i)) || !isNameAfter(i + 1, to)))) {
                    i++;
                    continue;
                }
                List<Integer> run = new ArrayList<>();
                run.add(i);
                int j = i + 1;
                while (j < to) {
                    if (candidate(j)) {
                        run.add(j);
                        j++;
                        continue;
                    }
                    if (roman(j) && !consumed.get(j)) {
                        run.add(j);
                        j++;
                        continue;
                    }
                    // lower-case particles between two name words (Charles de Gaulle, Ludwig van der Rohe)
                    int k = j;
                    while (k < to && k - j < 3 && word(k) && !cap(k) && particle(k)) k++;
                    if (k > j && k < to && candidate(k) && !acronym(k) && head(k) == null
                            && !acronym(run.get(run.size() - 1)) && head(run.get(run.size() - 1)) == null) {
                        for (int m = j; m <= k; m++) run.add(m);
                        j = k + 1;
                        continue;
                    }
                    break;
                }
                process(run);
                i = j;
            }
        }

        private boolean isNameAfter(int i, int to) { return i < to && candidate(i) && !particle(i); }

        /** Title-case sentence, or title-case quotations inside it. */
        private void markTitleCase(int from, int to) {
            if (isTitleCase(from, to)) {
                java.util.Arrays.fill(titleCase, true);
                return;
            }
            int open = -1;
            for (int i = from; i < to; i++) {
                if (t.type(i) != TokenType.PUNCT || !"\"".equals(t.norm(i))) continue;
                if (open < 0) {
                    open = i;
                } else {
                    if (isTitleCase(open + 1, i)) for (int k = open + 1; k < i; k++) titleCase[k - from] = true;
                    open = -1;
                }
            }
        }

        private boolean isTitleCase(int from, int to) {
            int firstWord = from;
            while (firstWord < to && !word(firstWord)) firstWord++;
            int last = to - 1;
            while (last > from && t.type(last) == TokenType.PUNCT && !punct(last, ".!?")) last--;
            boolean stops = last >= from && punct(last, ".!?");
            int content = 0;
            int capitals = 0;
            for (int i = from; i < to; i++) {
                if (!word(i) || t.isStopword(i) || particle(i)) continue;
                if (t.end(i) - t.start(i) < 2) continue;
                // a name is capitalized in any sentence: only the capitals of common words tell a title
                if (lex.hasDictionary() && !lex.common(surface(i))) continue;
                content++;
                // nor does the capital of the first word of a sentence that ends as sentences do
                if (cap(i) && !(i == firstWord && stops)) capitals++;
            }
            return capitals >= 2 && capitals * 3 >= content * 2;
        }

        private void markInitial(int from, int to) {
            boolean seenWord = false;
            for (int i = from; i < to; i++) {
                if (word(i)) {
                    boolean after = i > from && punct(i - 1, ":\"“‘«([„'");
                    initial[i - from] = !seenWord || after;
                    seenWord = true;
                }
            }
        }

        private boolean inTitleCase(int i) { return titleCase[i - base]; }

        private boolean isInitial(int i) { return initial[i - base]; }

        private void process(List<Integer> run) {
            // 1. derived words split the run, unless it has a head word (Communist Party, Communism Peak)
            for (int i : run) {
                if (head(i) != null) {
                    processPiece(run);
                    return;
                }
            }
            List<List<Integer>> pieces = new ArrayList<>();
            List<Integer> cur = new ArrayList<>();
            for (int i : run) {
                if (word(i) && cap(i) && derived(i)) {
                    if (!cur.isEmpty()) pieces.add(cur);
                    cur = new ArrayList<>();
                } else {
                    cur.add(i);
                }
            }
            if (!cur.isEmpty()) pieces.add(cur);
            boolean split = pieces.size() > 1 || pieces.size() == 1 && pieces.get(0).size() < run.size();
            for (List<Integer> p : pieces) {
                // what is left of a run beside a derived word is no name when it is one common word (Communism Peak)
                if (split && p.size() == 1 && lex.common(surface(p.get(0))) && !acronym(p.get(0))) continue;
                processPiece(p);
            }
        }

        private void processPiece(List<Integer> p) {
            // 2. leading titles
            boolean titled = false;
            while (!p.isEmpty() && title(p.get(0)) && p.size() > 1 && !acronym(p.get(0))) {
                p = p.subList(1, p.size());
                titled = true;
            }
            p = trimParticles(p);
            if (p.isEmpty()) return;
            boolean hasHead = false;
            for (int i : p) if (head(i) != null) hasHead = true;
            // 3. first word of a sentence
            int f = p.get(0);
            if (!titled && isInitial(f) && !acronym(f) && head(f) == null && !hasHeadAfterFirst(p)
                    && lex.common(surface(f)) && !(lex.adjective(surface(f)) && p.size() > 1 && !lex.common(surface(p.get(1))))) {
                p = trimParticles(p.subList(1, p.size()));
                if (p.isEmpty()) return;
            }
            // 4. title case: keep words the dictionary does not know as common words
            if (inTitleCase(p.get(0)) && !hasHead) {
                boolean[] keep = new boolean[p.size()];
                for (int k = 0; k < p.size(); k++) {
                    int i = p.get(k);
                    keep[k] = initialLetter(i) || acronym(i) || particle(i) || roman(i) || !lex.common(surface(i));
                }
                // a word the dictionary also lists as a proper noun stays next to a kept name word (New York, St Martin)
                boolean[] strong = keep.clone();
                for (int k = 0; k < p.size(); k++) {
                    if (!keep[k] && lex.nameLike(surface(p.get(k)))
                            && ((k > 0 && strong[k - 1]) || (k + 1 < p.size() && strong[k + 1]))) {
                        keep[k] = true;
                    }
                }
                List<Integer> part = new ArrayList<>();
                for (int k = 0; k < p.size(); k++) {
                    if (keep[k]) {
                        part.add(p.get(k));
                    } else {
                        emit(part, titled);
                        part = new ArrayList<>();
                    }
                }
                emit(part, titled);
                return;
            }
            emit(p, titled);
        }

        private boolean hasHeadAfterFirst(List<Integer> p) {
            for (int k = 1; k < p.size(); k++) if (head(p.get(k)) != null) return true;
            return false;
        }

        private List<Integer> trimParticles(List<Integer> p) {
            int a = 0;
            int b = p.size();
            while (a < b && (!cap(p.get(a)) || roman(p.get(a)))) a++;
            while (b > a && (particle(p.get(b - 1)) || (title(p.get(b - 1)) && b - a > 1 && head(p.get(b - 1)) == null))) b--;
            return p.subList(a, b);
        }

        private void emit(List<Integer> p, boolean titled) {
            p = trimParticles(p);
            if (p.isEmpty()) return;
                if (p.size() == 1) {
                int i = p.get(0);
                String s = surface(i);
                if (title(i) || t.isStopword(i) || initialLetter(i) || roman(i)) return;
                if (s.codePointCount(0, s.length()) < 2) return;
                if (!acronym(i) && head(i) == null && lex.adjective(s)) return;
            } else {
                boolean allInitials = true;
                for (int i : p) if (!initialLetter(i) && !particle(i)) allInitials = false;
                if (allInitials) return;
            }
            int first = p.get(0);
            int last = p.get(p.size() - 1);
            Draft d = new Draft(first, last + 1);
            d.titled = titled;
            drafts.add(d);
        }

        // ---- inverted names

        /** Lines that are lists of "surname, given names" items, and bibliography entries. */
        private void findInvertedLists() {
            int n = t.size();
            int i = 0;
            while (i < n) {
                int b = t.block(i);
                int j = i;
                while (j < n && t.block(j) == b) j++;
                semicolonList(i, j);
                bibliographyEntry(i, j);
                i = j;
            }
        }

        private void semicolonList(int from, int to) {
            int start = from;
            for (int k = from; k < Math.min(to, from + 5); k++) {
                if (punct(k, ":")) {
                    start = k + 1;
                    break;
                }
            }
            List<int[]> items = new ArrayList<>();
            int itemStart = start;
            for (int k = start; k <= to; k++) {
                if (k == to || punct(k, ";")) {
                    int e = k;
                    if (k == to) while (e > itemStart && punct(e - 1, ".")) e--;
                    items.add(new int[] {itemStart, e});
                    itemStart = k + 1;
                }
            }
            if (items.size() < 2) return;
            List<Draft> found = new ArrayList<>();
            for (int[] it : items) {
                Draft d = invertedItem(it[0], it[1], false);
                if (d == null) return;
                found.add(d);
            }
            for (Draft d : found) {
                consumed.set(d.first, d.end);
                drafts.add(d);
            }
        }

        private void bibliographyEntry(int from, int to) {
            if (consumed.get(from)) return;
            // Surname(s) , Given names and initials  [.]  ( YEAR )
            int comma = -1;
            for (int k = from; k < Math.min(to, from + 4); k++) {
                if (punct(k, ",")) {
                    comma = k;
                    break;
                }
                if (!word(k)) return;
            }
            if (comma <= from) return;
            int e = comma + 1;
            while (e < to && e - comma <= 4 && word(e) && (cap(e) || particle(e))) e++;
            if (e == comma + 1) return;
            int k = e;
            if (k < to && punct(k, ".")) k++;
            if (!(k + 2 < to && punct(k, "(") && t.isNumber(k + 1) && YEAR.matcher(surface(k + 1)).matches() && punct(k + 2, ")"))) return;
            for (int m = from; m < comma; m++) if (!cap(m) && !particle(m)) return;
            Draft d = invertedItem(from, e, true);
            if (d == null) return;
            consumed.set(d.first, d.end);
            drafts.add(d);
        }

        /** "surname, given names" in [from, to); null when the item does not look like an inverted name. */
        private Draft invertedItem(int from, int to, boolean capitalized) {
            int comma = -1;
            for (int k = from; k < to; k++) {
                if (punct(k, ",")) {
                    if (comma >= 0) return null;
                    comma = k;
                } else if (!word(k) || t.isNumber(k)) {
                    return null;
                }
            }
            if (comma < 0) return null;
            int surnames = comma - from;
            int given = to - comma - 1;
            if (surnames < 1 || surnames > 3 || given < 1 || given > 4) return null;
            boolean unknownSurname = false;
            for (int k = from; k < to; k++) {
                if (k == comma) continue;
                if (t.isStopword(k) && !particle(k)) return null;
                if (capitalized && !cap(k) && !particle(k)) return null;
                if (k < comma && !particle(k) && !lex.common(surface(k))) unknownSurname = true;
            }
            if (!unknownSurname && !capitalized) return null;
            StringBuilder name = new StringBuilder();
            for (int k = comma + 1; k < to; k++) name.append(name.length() > 0 ? " " : "").append(capitalize(surface(k), false));
            for (int k = from; k < comma; k++) name.append(' ').append(capitalize(surface(k), k == from));
            Draft d = new Draft(from, to);
            d.name = name.toString();
            d.kind = EntityKind.PERSON;
            return d;
        }

        /** Capitalizes each hyphen part of a word; a particle stays as written unless it starts the surname. */
        private String capitalize(String w, boolean startOfSurname) {
            String lowerW = w.toLowerCase(Locale.ROOT);
            if (cues.is(lowerW, EntityCues.PARTICLE) && !startOfSurname) return w;
            if (!w.equals(lowerW)) return w;
            StringBuilder sb = new StringBuilder(w.length());
            boolean up = true;
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                sb.append(up ? Character.toUpperCase(c) : c);
                up = org.parallax.core.Token.isJoiner(c) || c == '\'';
            }
            return sb.toString();
        }

        // ---- names and kinds

        private List<EntityMention> finish() {
            drafts.sort((a, b) -> Integer.compare(a.first, b.first));
            // last words of the names, for genitive confirmation
            Set<String> lastWords = new HashSet<>();
            for (Draft d : drafts) if (d.name == null) lastWords.add(surface(d.end - 1));
            for (Draft d : drafts) if (d.name == null) d.name = canonical(d, lastWords);
            for (Draft d : drafts) if (d.kind == null) d.kind = kind(d);
            // one sense per discourse
            Set<String> places = new HashSet<>();
            Set<String> surnames = new HashSet<>();
            for (Draft d : drafts) {
                if (d.kind == EntityKind.PLACE && d.end - d.first == 1) places.add(d.name);
            }
            for (Draft d : drafts) {
                if (d.kind == EntityKind.PERSON && d.byShape) {
                    for (String w : d.name.split(" ")) {
                        if (places.contains(w)) {
                            d.kind = EntityKind.OTHER;
                            break;
                        }
                    }
                }
            }
            for (Draft d : drafts) {
                if (d.kind == EntityKind.PERSON && d.name.indexOf(' ') > 0) {
                    surnames.add(d.name.substring(d.name.lastIndexOf(' ') + 1));
                }
            }
            for (Draft d : drafts) {
                if (d.kind == EntityKind.OTHER && d.name.indexOf(' ') < 0 && surnames.contains(d.name)) d.kind = EntityKind.PERSON;
            }
            List<EntityMention> out = new ArrayList<>(drafts.size());
            for (Draft d : drafts) {
                int s = t.start(d.first);
                int e = t.end(d.end - 1);
                out.add(new EntityMention(doc.id(), text.substring(s, e), s, e, d.first, d.end, d.kind, d.name,
                        t.isBoilerplate(d.first)));
            }
            return List.copyOf(out);
        }

        private String canonical(Draft d, Set<String> lastWords) {
            StringBuilder sb = new StringBuilder();
            for (int i = d.first; i < d.end; i++) {
                String w = surface(i);
                if (i == d.end - 1) {
                    String stripped = stripGenitive(i, w, lastWords);
                    d.possessive = stripped.length() < w.length();
                    w = stripped;
                }
                if (sb.length() > 0) sb.append(' ');
                sb.append(w);
            }
            return sb.toString();
        }

        private String stripGenitive(int i, String w, Set<String> lastWords) {
            String nw = w.replace('\u2019', '\'').replace('\u02BC', '\'');
            for (String g : cues.words(EntityCues.GENITIVE).stream().sorted((a, b) -> b.length() - a.length()).toList()) {
                if (nw.length() <= g.length() + 1 || !nw.toLowerCase(Locale.ROOT).endsWith(g)) continue;
                String shorter = w.substring(0, w.length() - g.length());
                if (g.indexOf('\'') >= 0) return shorter;
                if (acronym(i)) continue;
                if (t.lemma(i).equals(shorter) || lastWords.contains(shorter)) return shorter;
            }
            return w;
        }

        private EntityKind kind(Draft d) {
            for (int i = d.end - 1; i >= d.first; i--) {
                EntityKind h = head(i);
                if (h != null) return h;
            }
            if (d.titled || titleBefore(d.first) || titleAfter(d.end)) return EntityKind.PERSON;
            String last = lower(d.end - 1);
            List<String> parts = org.parallax.core.Token.parts(last);
            if (cues.hasSuffix(parts.get(parts.size() - 1), EntityCues.PLACE_SUFFIX)) return EntityKind.PLACE;
            boolean prep = placePrepositionBefore(d.first) && !d.possessive && !possessiveAfter(d.end);
            if (d.end - d.first == 1 && acronym(d.first)) return prep ? EntityKind.PLACE : EntityKind.ORGANIZATION;
            if (prep && (d.end - d.first == 1 || noCommonWords(d))) return EntityKind.PLACE;
            if (d.end - d.first > 1 && personShape(d)) {
                d.byShape = true;
                return EntityKind.PERSON;
            }
            return EntityKind.OTHER;
        }

        private boolean noCommonWords(Draft d) {
            for (int i = d.first; i < d.end; i++) if (!particle(i) && lex.common(surface(i))) return false;
            return true;
        }

        private boolean personShape(Draft d) {
            // a first word that is an adjective starts a place or a thing, not a person (New York, East Germany)
            if (!initialLetter(d.first) && !particle(d.first) && lex.adjective(surface(d.first))) return false;
            int names = 0;
            for (int i = d.first; i < d.end; i++) {
                if (initialLetter(i) || particle(i)) continue;
                if (acronym(i) || roman(i) || !word(i)) return false;
                if (!lex.nameLike(surface(i))) return false;
                names++;
            }
            return names >= 1 && d.end - d.first <= 5;
        }

        /**
         * A title right before the mention, or two words before it with a lower-case non-stopword (an
         * adjective) in between: {@code the poet Yeghishe Charents}, {@code dittatore russo Joseph Stalin}.
         */
        private boolean titleBefore(int first) {
            int i = first - 1;
            if (i < 0 || t.sentence(i) != t.sentence(first) || !word(i)) return false;
            if (title(i)) return true;
            if (t.isStopword(i) || cap(i)) return false;
            i--;
            return i >= 0 && t.sentence(i) == t.sentence(first) && title(i);
        }

        /** Apposition: ", [article] [adjective] title". */
        private boolean titleAfter(int end) {
            if (end >= t.size() || !punct(end, ",")) return false;
            int seen = 0;
            for (int i = end + 1; i < t.size() && seen < 2; i++) {
                if (t.sentence(i) != t.sentence(end)) return false;
                if (!word(i)) return false;
                if (title(i)) return true;
                if (!t.isStopword(i)) seen++;
            }
            return false;
        }

        /** A possessive clitic right after the mention (English 's): a preposition before it governs another noun. */
        private boolean possessiveAfter(int end) {
            return end < t.size() && t.start(end) == t.end(end - 1) && cues.is(t.norm(end), EntityCues.GENITIVE);
        }

        /** A preposition of place right before the mention, articles skipped. */
        private boolean placePrepositionBefore(int first) {
            for (int i = first - 1, k = 0; i >= 0 && k < 3; i--, k++) {
                if (t.sentence(i) != t.sentence(first) || !word(i)) return false;
                if (cues.is(lower(i), EntityCues.PLACE_PREPOSITION)) return true;
                if (!t.isStopword(i) || !"DET".equals(t.upos(i))) return false;
            }
            return false;
        }
    }
}
