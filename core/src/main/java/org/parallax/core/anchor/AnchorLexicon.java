package org.parallax.core.anchor;

import org.parallax.core.Language;
import org.parallax.core.io.Resources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the anchor extractors know about one language: month names and abbreviations, seasons, decade
 * and century words, the cue words of ranges and open ranges, the prepositions and articles that belong
 * to a time expression ({@code time.tsv}), and the morphemes of number words, ordinal suffixes, percent
 * words, currencies, units and number labels ({@code numbers.tsv}). Both files live under
 * {@code org/parallax/lang/<code>/} and are described in the README there; a language without them gets
 * an empty lexicon (digits, years and decades still work). Adding a language means adding files.
 *
 * <pre>{@code
 * AnchorLexicon it = AnchorLexicon.of(Language.IT);
 * it.month("marzo");          // 3
 * it.season("primavera");     // "SP"
 * it.numberWords().value("duemilacinquecento"); // 2500
 * }</pre>
 *
 * <p>Immutable and shared (one instance per language); thread-safe.
 */
public final class AnchorLexicon {
    /** Root of the language resource folders on the classpath. */
    static final String ROOT = "/org/parallax/lang/";

    private static final Map<Language, AnchorLexicon> CACHE = new ConcurrentHashMap<>();

    /** Kinds of time expressions a lead word may introduce (bit masks). */
    static final int K_DATE = 1, K_MONTH = 2, K_DAY = 4, K_YEAR = 8, K_RANGE = 16, K_DECADE = 32, K_SEASON = 64,
            K_CENTURY = 128, K_ALL = 255;

    /** How a number word that is not always a number is handled (column 3 of {@code ambiguous} rows). */
    enum Condition {
        /** Only a number directly before a multiplier: {@code one hundred}, {@code een miljoen}. */
        BEFORE_MULTIPLIER,
        /** Only a number after another number word: {@code due milioni}. */
        AFTER_NUMBER,
        /** Only a number (an ordinal) after an article: {@code la seconda guerra}, not {@code secondo lui}. */
        AFTER_ARTICLE,
        /** Always kept, with a low weight: {@code first}, {@code second}. */
        LOW
    }

    /** A pair of cue phrases around a closed range: {@code from ... to}, {@code dal ... al}. */
    record RangeCue(String[] open, String[] close) {}

    private final Language language;
    private final Map<String, Integer> months = new HashMap<>(); // norm -> month, +100 when a year must follow
    private final Map<String, String> seasons = new HashMap<>();
    private final Set<String> decadeHeads = new HashSet<>();
    private final Map<String, Integer> decades = new HashMap<>();
    private final List<String[]> decadeNouns = new ArrayList<>();
    private final List<Integer> decadeNounValues = new ArrayList<>();
    private final Set<String> centuryWords = new HashSet<>();
    /** Words a time expression may start with (months, seasons, decade heads and nouns, century words and names). */
    private final Set<String> timeStarts = new HashSet<>();
    private final Map<String, String> centuryNames = new HashMap<>();
    private final Set<String> links = new HashSet<>();
    private final Map<String, Integer> leads = new HashMap<>();
    private final List<String[]> modifiers = new ArrayList<>();
    private final Set<String> modifierWords = new HashSet<>();
    private final List<String[]> since = new ArrayList<>();
    private final List<String[]> until = new ArrayList<>();
    private final List<RangeCue> ranges = new ArrayList<>();
    private boolean capitalizedMonths;
    private String numericDateOrder = "either";

    private final Map<String, Condition> ambiguous = new HashMap<>();
    private final Set<String> articles = new HashSet<>();
    private final List<String[]> percents = new ArrayList<>();
    private final Set<String> currencies = new HashSet<>();
    private final Set<String> units = new HashSet<>();
    private final Set<String> labels = new HashSet<>();
    private final Set<String> notRoman = new HashSet<>();
    private final NumberWords numberWords;

    private AnchorLexicon(Language language) {
        this.language = language;
        String dir = ROOT + language.code() + "/";
        for (Row r : read(dir + "time.tsv")) time(r);
        timeStarts.addAll(months.keySet());
        timeStarts.addAll(seasons.keySet());
        timeStarts.addAll(decadeHeads);
        for (String[] p : decadeNouns) timeStarts.add(p[0]);
        timeStarts.addAll(centuryWords);
        timeStarts.addAll(centuryNames.keySet());
        NumberWords.Builder nb = new NumberWords.Builder();
        for (Row r : read(dir + "numbers.tsv")) number(r, nb);
        this.numberWords = nb.build();
    }

    /** The lexicon of a language (loaded once); an empty one when the language has no files. */
    public static AnchorLexicon of(Language language) {
        return CACHE.computeIfAbsent(language, AnchorLexicon::new);
    }

    /** The language. */
    public Language language() { return language; }

    // ------------------------------------------------------------------------------------------ loading

    /** One data row: file, line number and tab-separated columns. */
    private record Row(String file, int line, String[] cols) {
        String col(int i) { return i < cols.length ? cols[i].strip() : ""; }

        IllegalStateException error(String msg) {
            return new IllegalStateException(file + ":" + line + ": " + msg);
        }

        int intCol(int i) {
            try {
                return Integer.parseInt(col(i));
            } catch (NumberFormatException e) {
                throw error("column " + (i + 1) + " must be a number: '" + col(i) + "'");
            }
        }
    }

    private static List<Row> read(String res) {
        List<Row> rows = new ArrayList<>();
        for (Resources.Line line : Resources.lines(AnchorLexicon.class, res, false)) {
            Row row = new Row(res, line.number(), line.text().split("\t"));
            if (row.col(1).isEmpty()) throw row.error("missing form (columns are tab-separated)");
            rows.add(row);
        }
        return rows;
    }

    /** The normalized tokens of a form: lower case, space-separated. */
    private static String[] phrase(String form) {
        return form.toLowerCase(Locale.ROOT).strip().split("\\s+");
    }

    private static String word(Row r) {
        return r.col(1).toLowerCase(Locale.ROOT);
    }

    private void time(Row r) {
        switch (r.col(0)) {
            case "option" -> {
                if (r.col(1).equals("capitalized-months")) capitalizedMonths = r.col(2).equals("yes");
                else if (r.col(1).equals("numeric-dates")) {
                    numericDateOrder = r.col(2);
                    if (!List.of("dmy", "mdy", "either").contains(numericDateOrder)) {
                        throw r.error("numeric-dates must be dmy, mdy or either: '" + numericDateOrder + "'");
                    }
                }
                else throw r.error("unknown option '" + r.col(1) + "'");
            }
            case "month" -> months.put(word(r), month(r));
            case "month-abbr" -> {
                int m = month(r);
                months.put(word(r), m + 100); // without its period: only before a year
                months.put(word(r) + ".", m);
            }
            case "season" -> seasons.put(word(r), r.col(2).toUpperCase(Locale.ROOT));
            case "decade-head" -> decadeHeads.add(word(r));
            case "decade" -> decades.put(word(r), r.intCol(2));
            case "decade-noun" -> {
                decadeNouns.add(phrase(r.col(1)));
                decadeNounValues.add(r.intCol(2));
            }
            case "century" -> centuryWords.add(word(r));
            case "century-name" -> centuryNames.put(word(r), r.col(2));
            case "link" -> links.add(word(r));
            case "lead" -> leads.put(word(r), kinds(r));
            case "modifier" -> {
                String[] p = phrase(r.col(1));
                modifiers.add(p);
                if (p.length == 1) modifierWords.add(p[0]);
            }
            case "since" -> since.add(phrase(r.col(1)));
            case "until" -> until.add(phrase(r.col(1)));
            case "range" -> {
                if (r.col(2).isEmpty()) throw r.error("a range needs its closing cue in column 3");
                ranges.add(new RangeCue(phrase(r.col(1)), phrase(r.col(2))));
            }
            default -> throw r.error("unknown kind '" + r.col(0) + "'");
        }
    }

    private static int month(Row r) {
        int m = r.intCol(2);
        if (m < 1 || m > 12) throw r.error("a month is 1 to 12");
        return m;
    }

    private static int kinds(Row r) {
        String c = r.col(2);
        if (c.isEmpty()) return K_ALL;
        int k = 0;
        for (String s : c.split("\\s+")) {
            k |= switch (s) {
                case "date" -> K_DATE;
                case "month" -> K_MONTH;
                case "day" -> K_DAY;
                case "year" -> K_YEAR;
                case "range" -> K_RANGE;
                case "decade" -> K_DECADE;
                case "season" -> K_SEASON;
                case "century" -> K_CENTURY;
                default -> throw r.error("unknown kind of time expression '" + s + "'");
            };
        }
        return k;
    }

    private void number(Row r, NumberWords.Builder nb) {
        switch (r.col(0)) {
            case "option" -> {
                if (!r.col(1).equals("order")) throw r.error("unknown option '" + r.col(1) + "'");
                switch (r.col(2)) {
                    case "tens-units" -> nb.unitsFirst(false);
                    case "units-tens" -> nb.unitsFirst(true);
                    default -> throw r.error("order is tens-units or units-tens");
                }
            }
            case "cardinal", "ordinal" -> {
                long v;
                try {
                    v = Long.parseLong(r.col(2));
                } catch (NumberFormatException e) {
                    throw r.error("a number word needs its value");
                }
                if (!NumberWords.isValidMorphemeValue(v)) {
                    throw r.error("a number morpheme is 1-19, a multiple of ten below 100, 100 or a power of 1000: " + v);
                }
                nb.morpheme(word(r), v, r.col(0).equals("ordinal"));
            }
            case "ordinal-suffix" -> nb.ordinalSuffix(word(r), r.col(2));
            case "joiner" -> nb.joiner(word(r));
            case "ambiguous" -> {
                Condition c = switch (r.col(2)) {
                    case "before-multiplier" -> Condition.BEFORE_MULTIPLIER;
                    case "after-number" -> Condition.AFTER_NUMBER;
                    case "after-article" -> Condition.AFTER_ARTICLE;
                    case "low" -> Condition.LOW;
                    default -> throw r.error("unknown condition '" + r.col(2) + "'");
                };
                ambiguous.put(word(r), c);
            }
            case "article" -> articles.add(word(r));
            case "percent" -> percents.add(phrase(r.col(1)));
            case "currency" -> currencies.add(word(r));
            case "unit" -> units.add(word(r));
            case "label" -> labels.add(word(r));
            case "not-roman" -> notRoman.add(r.col(1).toUpperCase(Locale.ROOT));
            default -> throw r.error("unknown kind '" + r.col(0) + "'");
        }
    }

    // --------------------------------------------------------------------------------------- time words

    /** The month (1-12) of a normalized month name or abbreviation ({@code feb.} or {@code feb}), or 0. */
    public int month(String norm) {
        Integer m = months.get(norm);
        return m == null ? 0 : m % 100;
    }

    /** Whether a month form is an abbreviation without its period, a month only before a year ({@code Feb 2019}). */
    boolean monthNeedsYear(String norm) {
        Integer m = months.get(norm);
        return m != null && m > 100;
    }

    /**
     * How a numeric date {@code 25/2/1956} is read: {@code dmy} (day first), {@code mdy} (month first) or
     * {@code either} (the default: only when one of the two numbers is over 12 and so must be the day).
     */
    String numericDateOrder() { return numericDateOrder; }

    /** Whether month names are written with a capital (English): a lower-case {@code may} without a year is no date. */
    boolean capitalizedMonths() { return capitalizedMonths; }

    /** The TIMEX3 season code ({@code SP}, {@code SU}, {@code FA}, {@code WI}) of a normalized word, or null. */
    public String season(String norm) { return seasons.get(norm); }

    boolean isDecadeHead(String norm) { return decadeHeads.contains(norm); }

    /** The first three digits of the decade of a decade word after a decade head ({@code ottanta} &rarr; 198), or -1. */
    int decade(String norm) {
        Integer d = decades.get(norm);
        return d == null ? -1 : d;
    }

    List<String[]> decadeNouns() { return decadeNouns; }

    List<Integer> decadeNounValues() { return decadeNounValues; }

    boolean isCenturyWord(String norm) { return centuryWords.contains(norm); }

    /**
     * Whether a word may start a time expression by itself: a month, a season, a decade head or the first
     * word of a decade noun phrase, a century word or name (a pre-filter: one lookup instead of one per pattern).
     */
    boolean mayStartTime(String norm) { return timeStarts.contains(norm); }

    /** The TIMEX3 century of a century name ({@code novecento} &rarr; {@code 19}), or null. */
    String centuryName(String norm) { return centuryNames.get(norm); }

    boolean isLink(String norm) { return links.contains(norm); }

    /** The kinds of time expression a lead word may precede (bit mask), 0 when it is no lead. */
    int leadKinds(String norm) {
        Integer k = leads.get(norm);
        return k == null ? 0 : k;
    }

    List<String[]> modifiers() { return modifiers; }

    boolean isModifierWord(String norm) { return modifierWords.contains(norm); }

    List<String[]> since() { return since; }

    List<String[]> until() { return until; }

    List<RangeCue> ranges() { return ranges; }

    // ------------------------------------------------------------------------------------- number words

    /** The compositional parser of number words. */
    public NumberWords numberWords() { return numberWords; }

    /** The condition on a whole word that is not always a number, or null. */
    Condition ambiguity(String norm) { return ambiguous.get(norm); }

    boolean isArticle(String norm) { return articles.contains(norm); }

    List<String[]> percents() { return percents; }

    boolean isCurrency(String norm) { return currencies.contains(norm); }

    boolean isUnit(String norm) { return units.contains(norm); }

    boolean isLabel(String norm) { return labels.contains(norm); }

    boolean isNotRoman(String upper) { return notRoman.contains(upper); }

    @Override
    public String toString() {
        return "AnchorLexicon[" + language + ", months=" + months.size() + ", seasons=" + seasons.size() + ", leads="
                + leads.size() + ", ranges=" + ranges.size() + ", " + numberWords + "]";
    }
}
