package org.parallax.core.text;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.parallax.core.Language;
import org.tartarus.snowball.SnowballStemmer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the tokenizer layer knows about one language, loaded from the resource files under
 * {@code org/parallax/lang/<code>/} (see the README there): Snowball stemmer, stopwords, number
 * separators, apostrophe handling, abbreviations, the morphological dictionary and its POS mapping.
 * Kits are immutable and shared; {@link #newStemmer()} and {@link #newLemmatizer()} give the
 * per-thread workers.
 *
 * <pre>{@code
 * LanguageKit it = LanguageKit.of(Language.IT);
 * it.isStopword("della");       // true
 * it.decimalSeparator();        // ','
 * it.abbreviation("ecc");       // GENERAL
 * }</pre>
 */
public final class LanguageKit {
    /** How an abbreviation behaves at a possible sentence end. */
    public enum AbbreviationKind {
        /** Never ends a sentence ("Dr.", "St."). */
        TITLE,
        /** Ends a sentence when the next word starts with a capital ("etc."). */
        GENERAL,
        /** A month abbreviation: no sentence end before a number ("Feb. 2019"). */
        MONTH
    }

    /** How apostrophes between letters are tokenized. */
    public enum ApostropheMode {
        /** Italian-style elision: {@code dell'ex} &rarr; {@code dell'} + {@code ex}. */
        ELISION,
        /** English-style clitics: {@code Stalin's} &rarr; {@code Stalin} + {@code 's}, {@code don't} &rarr; {@code do} + {@code n't}. */
        SUFFIX_CLITICS,
        /** Apostrophes stay inside the word ({@code auto's}). */
        KEEP
    }

    private static final Map<Language, LanguageKit> CACHE = new ConcurrentHashMap<>();

    private final Language language;
    private final Constructor<? extends SnowballStemmer> stemmer;
    private final CharArraySet stopwords;
    private final char decimal;
    private final char group;
    private final ApostropheMode apostrophe;
    private final Set<String> clitics;
    private final Set<String> apocopes;
    private final Set<String> ordinalSuffixes;
    private final Map<String, AbbreviationKind> abbreviations;
    private final String dictionaryResource;
    private final List<String[]> uposPrefixes;
    private final Map<String, Lemmatizer.Analysis> lemmaOverrides;
    private volatile morfologik.stemming.Dictionary dictionary;

    private LanguageKit(Language language, Properties p) {
        this.language = language;
        this.stemmer = loadStemmer(p.getProperty("stemmer"));
        this.stopwords = loadStopwords(p.getProperty("stopwords"));
        this.decimal = p.getProperty("decimal", ".").charAt(0);
        this.group = p.getProperty("group", ",").charAt(0);
        this.apostrophe = ApostropheMode.valueOf(p.getProperty("apostrophe", "keep").toUpperCase(Locale.ROOT).replace('-', '_'));
        this.clitics = words(p.getProperty("clitics", ""));
        this.apocopes = words(p.getProperty("apocopes", ""));
        this.ordinalSuffixes = words(p.getProperty("ordinal-suffixes", ""));
        this.abbreviations = loadAbbreviations(language);
        this.dictionaryResource = p.getProperty("dictionary");
        this.uposPrefixes = loadUpos(language);
        Map<String, Lemmatizer.Analysis> ov = new HashMap<>();
        for (String[] row : readTsv("/org/parallax/lang/" + language.code() + "/lemmas.tsv")) {
            if (row.length >= 3) ov.put(row[0], new Lemmatizer.Analysis(row[1], "", row[2]));
        }
        this.lemmaOverrides = Collections.unmodifiableMap(ov);
    }

    /** A fixed analysis for a normalized form (from {@code lemmas.tsv}), or {@code null}. */
    public Lemmatizer.Analysis lemmaOverride(String norm) { return lemmaOverrides.get(norm); }

    /** The kit for a language; unsupported languages get a generic kit without stems, stopwords or lemmas. */
    public static LanguageKit of(Language language) {
        return CACHE.computeIfAbsent(language, LanguageKit::load);
    }

    /**
     * The kit that analyses the tokens of a document in this language: the language's own when Parallax
     * supports it ({@link Language#isSupported()}), else the generic kit of {@link Language#UNKNOWN}, without
     * stopwords, stems or lemmas (a German document's stem and lemma layers hold its normalized forms).
     *
     * <pre>{@code
     * LanguageKit.forTokens(Language.IT).hasStopwords();          // true
     * LanguageKit.forTokens(Language.of("de")).hasStopwords();    // false
     * LanguageKit.forTokens(Language.of("de")).language();        // und
     * }</pre>
     */
    public static LanguageKit forTokens(Language language) {
        return of(language.isSupported() ? language : Language.UNKNOWN);
    }

    private static LanguageKit load(Language language) {
        Properties p = new Properties();
        String res = "/org/parallax/lang/" + language.code() + "/language.properties";
        try (InputStream in = LanguageKit.class.getResourceAsStream(res)) {
            if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + res, e);
        }
        return new LanguageKit(language, p);
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.trim().split("\\s+")) if (!w.isEmpty()) out.add(w.toLowerCase(Locale.ROOT));
        return Collections.unmodifiableSet(out);
    }

    @SuppressWarnings("unchecked")
    private static Constructor<? extends SnowballStemmer> loadStemmer(String cls) {
        if (cls == null || cls.isBlank()) return null;
        try {
            return (Constructor<? extends SnowballStemmer>) Class.forName(cls.trim()).getConstructor();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("stemmer class not found: " + cls, e);
        }
    }

    private static CharArraySet loadStopwords(String res) {
        if (res == null || res.isBlank()) return CharArraySet.EMPTY_SET;
        try (InputStream in = LanguageKit.class.getClassLoader().getResourceAsStream(res.trim())) {
            if (in == null) throw new IllegalStateException("stopword list not found: " + res);
            CharArraySet set = WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8));
            return CharArraySet.unmodifiableSet(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> readTsv(String res) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = LanguageKit.class.getResourceAsStream(res)) {
            if (in == null) return rows;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + res, e);
        }
        return rows;
    }

    private static Map<String, AbbreviationKind> loadAbbreviations(Language language) {
        Map<String, AbbreviationKind> m = new HashMap<>();
        for (String[] row : readTsv("/org/parallax/lang/" + language.code() + "/abbreviations.tsv")) {
            AbbreviationKind kind = row.length > 1 ? AbbreviationKind.valueOf(row[1].trim().toUpperCase(Locale.ROOT))
                    : AbbreviationKind.GENERAL;
            m.put(row[0].trim().toLowerCase(Locale.ROOT), kind);
        }
        return Collections.unmodifiableMap(m);
    }

    private static List<String[]> loadUpos(Language language) {
        List<String[]> rows = readTsv("/org/parallax/lang/" + language.code() + "/upos.tsv");
        rows.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
        return Collections.unmodifiableList(rows);
    }

    /** The language of this kit. */
    public Language language() { return language; }

    /** Whether the kit has a stemmer. */
    public boolean hasStemmer() { return stemmer != null; }

    /** A new Snowball stemmer for this language (not thread-safe), or {@code null} when there is none. */
    public SnowballStemmer newStemmer() {
        if (stemmer == null) return null;
        try {
            return stemmer.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a normalized word is a stopword (an elided form like {@code dell'} counts as its bare form). */
    public boolean isStopword(CharSequence norm) {
        if (stopwords.contains(norm)) return true;
        int n = norm.length();
        return n > 1 && norm.charAt(n - 1) == '\'' && stopwords.contains(norm.subSequence(0, n - 1));
    }

    /** Whether the char range is a stopword (already normalized). */
    public boolean isStopword(char[] buf, int off, int len) {
        return stopwords.contains(buf, off, len);
    }

    /** Whether the kit has a stopword list (a non-empty one). */
    public boolean hasStopwords() { return !stopwords.isEmpty(); }

    /** The stopword set (Snowball's list for the language, via Lucene). */
    public CharArraySet stopwords() { return stopwords; }

    /** Decimal separator of numbers. */
    public char decimalSeparator() { return decimal; }

    /** Thousands separator of numbers. */
    public char groupSeparator() { return group; }

    /** Apostrophe handling. */
    public ApostropheMode apostropheMode() { return apostrophe; }

    /** Clitics split off after an apostrophe in {@link ApostropheMode#SUFFIX_CLITICS} mode (lower case). */
    public Set<String> clitics() { return clitics; }

    /** Words that keep a final apostrophe ({@code po'}). */
    public Set<String> apocopes() { return apocopes; }

    /** Suffixes that make a number an ordinal ({@code th}, {@code °}, {@code e}). */
    public Set<String> ordinalSuffixes() { return ordinalSuffixes; }

    /** The kind of an abbreviation (without its final period, any case), or {@code null}. */
    public AbbreviationKind abbreviation(String word) {
        return abbreviations.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a morphological dictionary is configured. */
    public boolean hasDictionary() { return dictionaryResource != null; }

    /** The morphological dictionary (loaded once, on first use), or {@code null}. */
    public morfologik.stemming.Dictionary dictionary() {
        if (dictionaryResource == null) return null;
        morfologik.stemming.Dictionary d = dictionary;
        if (d == null) {
            synchronized (this) {
                d = dictionary;
                if (d == null) {
                    URL url = LanguageKit.class.getClassLoader().getResource(dictionaryResource.trim());
                    if (url == null) throw new IllegalStateException("dictionary not on the classpath: " + dictionaryResource);
                    try {
                        d = morfologik.stemming.Dictionary.read(url);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read dictionary " + dictionaryResource, e);
                    }
                    dictionary = d;
                }
            }
        }
        return d;
    }

    /** A new lemmatizer (not thread-safe), or one that knows no words when there is no dictionary. */
    public Lemmatizer newLemmatizer() { return new Lemmatizer(this); }

    /** Universal POS tag of a dictionary tag, by longest matching prefix, or {@code "X"}. */
    public String upos(String tag) {
        for (String[] row : uposPrefixes) if (tag.startsWith(row[0])) return row[1];
        return "X";
    }

    @Override
    public String toString() {
        return "LanguageKit[" + language + ", stemmer=" + (stemmer == null ? "none" : stemmer.getDeclaringClass().getSimpleName())
                + ", stopwords=" + stopwords.size() + ", abbreviations=" + abbreviations.size()
                + ", dictionary=" + (dictionaryResource == null ? "none" : dictionaryResource) + "]";
    }
}
