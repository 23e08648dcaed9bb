package org.parallax.core.lang;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.parallax.core.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Language identification for documents and paragraphs with the Apache OpenNLP language-detector
 * model ({@code langdetect-183.bin}: 103 languages, character n-grams, Apache-2.0, 10 MB, from
 * Maven Central). Languages outside Italian, Dutch and English are reported by their own code, never
 * forced into one of the three.
 *
 * <p>Decision rule: texts with fewer than {@value #MIN_LETTERS} letters get the prior (the document's
 * language) or {@link Language#UNKNOWN}; short texts in a non-Latin script are {@code und}; when the
 * stopwords of Italian, Dutch or English clearly dominate the first words (see {@link #STOPWORD_SHARE}),
 * that language, without running the model (method {@code stopwords}: this keeps paragraph
 * identification cheap); texts of fewer than {@value #STOPWORD_MIN_WORDS} words get the prior (the model
 * is no better there); otherwise
 * the model's best language, except that the prior stands when the model's best probability is below
 * {@value #MODEL_FLOOR} (a nearly flat distribution), and the prior wins when the model gives it at least
 * {@value #PRIOR_RATIO} of the best probability ({@value #SHORT_PRIOR_RATIO} for texts of fewer than
 * {@value #SHORT_LETTERS} letters, where the model's distribution is nearly flat): bibliography lines
 * full of names are otherwise easily mistaken for Norwegian or Latin.
 *
 * <pre>{@code
 * LanguageIdentifier id = LanguageIdentifier.standard();
 * id.identify("Met de destalinisatie wordt een periode bedoeld").language(); // nl
 * id.identify("десталинизация").language(); // und: too short to tell Russian from Bulgarian
 * }</pre>
 *
 * <p>Thread-safe; the model is loaded once, on first use.
 */
public final class LanguageIdentifier {
    /** Fewer letters than this: too short to identify. */
    public static final int MIN_LETTERS = 20;
    /** The prior language wins when its probability is at least this fraction of the best one. */
    public static final double PRIOR_RATIO = 0.8;
    /** Below this many letters the model is unreliable and the prior wins at a lower ratio. */
    public static final int SHORT_LETTERS = 50;
    /** The ratio at which the prior wins for short texts. */
    public static final double SHORT_PRIOR_RATIO = 0.6;
    /**
     * Below this probability of its best language the model has no opinion (the uniform distribution over
     * its 103 languages gives each about 0.0097; prose in any language gets 0.06 and more even in one
     * sentence, while lists of names get 0.015-0.03): with a prior, the prior stands.
     */
    public static final double MODEL_FLOOR = 0.04;
    /** Characters of a text looked at (the rest adds little). */
    public static final int MAX_CHARS = 2000;
    /** Characters of a paragraph looked at: two or three sentences, enough for the model and the stopword check. */
    public static final int PARAGRAPH_CHARS = 600;

    private static final String MODEL = "langdetect-183.bin";

    private static final class Holder {
        static final LanguageDetectorModel MODEL_INSTANCE = loadModel();
    }

    private static final LanguageIdentifier STANDARD = new LanguageIdentifier();

    private LanguageIdentifier() {}

    /** The standard identifier. */
    public static LanguageIdentifier standard() { return STANDARD; }

    private static LanguageDetectorModel loadModel() {
        try (InputStream in = LanguageIdentifier.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) throw new IllegalStateException(MODEL + " not on the classpath (opennlp-models-langdetect)");
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + MODEL, e);
        }
    }

    /**
     * The cheap rules only (script, length, stopword profiles), without the model: when they cannot
     * decide, the prior (method {@code cheap}). Used for boilerplate blocks, whose language matters little.
     */
    public LanguageGuess identifyCheaply(CharSequence text, Language prior) {
        Language fallback = prior == null ? Language.UNKNOWN : prior;
        int[] count = letters(text);
        int letters = count[0];
        int latin = count[1];
        if (letters >= 1 && latin * 2 < letters && letters < MIN_LETTERS) return new LanguageGuess(Language.UNKNOWN, 0, "script");
        double[] profile = stopwordProfile(text);
        if (profile != null) {
            int dominant = dominant(profile);
            if (dominant >= 0) return new LanguageGuess(SUPPORTED[dominant], profile[dominant], "stopwords");
        }
        return new LanguageGuess(fallback, 0, "cheap");
    }

    /** Letters and Latin letters among the first letters of a text (counting stops at SHORT_LETTERS). */
    private static int[] letters(CharSequence text) {
        int letters = 0;
        int latin = 0;
        int limit = Math.min(text.length(), MAX_CHARS);
        for (int i = 0; i < limit && letters < SHORT_LETTERS; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                    letters++;
                    latin++;
                }
            } else if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) latin++;
            }
        }
        return new int[] {letters, latin};
    }

    /** Identifies the language of a text without a prior. */
    public LanguageGuess identify(CharSequence text) { return identify(text, null); }

    /**
     * Identifies the language of a text; {@code prior} (may be null) is the language expected, e.g. the
     * document's language for one of its paragraphs.
     */
    public LanguageGuess identify(CharSequence text, Language prior) {
        int[] count = letters(text);
        int letters = count[0];
        int latin = count[1];
        Language fallback = prior == null ? Language.UNKNOWN : prior;
        if (letters < MIN_LETTERS) {
            if (latin * 2 < letters) return new LanguageGuess(Language.UNKNOWN, 0, "script");
            return new LanguageGuess(fallback, 0, "short");
        }
        double[] profile = stopwordProfile(text);
        if (profile != null) {
            int dominant = dominant(profile);
            if (dominant >= 0) return new LanguageGuess(SUPPORTED[dominant], profile[dominant], "stopwords");
        } else if (prior != null) {
            // fewer than STOPWORD_MIN_WORDS words: too short for the model to be trusted either
            return new LanguageGuess(prior, 0, "short");
        }
        CharSequence sample = text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS) : text;
        opennlp.tools.langdetect.Language[] ranked = new LanguageDetectorME(Holder.MODEL_INSTANCE).predictLanguages(sample);
        opennlp.tools.langdetect.Language best = ranked[0];
        Language bestLang = toLanguage(best.getLang());
        if (prior != null && !prior.isUnknown() && !prior.equals(bestLang) && best.getConfidence() < MODEL_FLOOR) {
            // a nearly flat distribution (verses listing names): the model cannot tell, the prior stands
            return new LanguageGuess(prior, best.getConfidence(), "prior");
        }
        if (prior != null && !prior.isUnknown() && !prior.equals(bestLang)) {
            double ratio = letters < SHORT_LETTERS ? SHORT_PRIOR_RATIO : PRIOR_RATIO;
            for (opennlp.tools.langdetect.Language l : ranked) {
                if (prior.equals(toLanguage(l.getLang())) && l.getConfidence() >= ratio * best.getConfidence()) {
                    return new LanguageGuess(prior, l.getConfidence(), "prior");
                }
            }
        }
        return new LanguageGuess(bestLang, best.getConfidence(), "model");
    }

    /** Words looked at by the stopword check. */
    public static final int STOPWORD_SAMPLE_WORDS = 60;
    /** Fewest words for the stopword check to decide. */
    public static final int STOPWORD_MIN_WORDS = 12;
    /** Share of a language's stopwords among the words needed to decide without the model. */
    public static final double STOPWORD_SHARE = 0.3;
    /** How many times more of that language's stopwords than of any other supported language's are needed. */
    public static final double STOPWORD_DOMINANCE = 2.0;

    private static final Language[] SUPPORTED = {Language.IT, Language.NL, Language.EN};
    private static final org.apache.lucene.analysis.CharArraySet[] STOPWORDS = {
            org.parallax.core.text.LanguageKit.of(Language.IT).stopwords(),
            org.parallax.core.text.LanguageKit.of(Language.NL).stopwords(),
            org.parallax.core.text.LanguageKit.of(Language.EN).stopwords()};
    /** Each stopword of the supported languages with a bit per language whose list has it: one lookup per word. */
    private static final org.apache.lucene.analysis.CharArrayMap<Integer> STOPWORD_LANGUAGES = stopwordLanguages();

    private static org.apache.lucene.analysis.CharArrayMap<Integer> stopwordLanguages() {
        org.apache.lucene.analysis.CharArrayMap<Integer> m = new org.apache.lucene.analysis.CharArrayMap<>(512, false);
        for (int k = 0; k < STOPWORDS.length; k++) {
            for (Object w : STOPWORDS[k]) {
                char[] word = (char[]) w;
                Integer old = m.get(word, 0, word.length);
                m.put(word, (old == null ? 0 : old) | 1 << k);
            }
        }
        return m;
    }

    /**
     * Shares of the Italian, Dutch and English stopwords (Snowball lists) among the first
     * {@value #STOPWORD_SAMPLE_WORDS} words, or null when there are fewer than {@value #STOPWORD_MIN_WORDS} words.
     */
    static double[] stopwordProfile(CharSequence text) {
        int words = 0;
        int[] hits = new int[SUPPORTED.length];
        char[] buf = new char[32];
        int n = text.length();
        int i = 0;
        while (i < n && words < STOPWORD_SAMPLE_WORDS) {
            if (words == 20 && clearly(hits, words)) break; // decided early: most paragraphs stop here
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            int len = 0;
            while (i < n && Character.isLetter(text.charAt(i))) {
                if (len < buf.length) buf[len] = Character.toLowerCase(text.charAt(i));
                len++;
                i++;
            }
            if (len == 0) break;
            words++;
            if (len > buf.length) continue;
            Integer langs = STOPWORD_LANGUAGES.get(buf, 0, len);
            if (langs == null) continue;
            for (int k = 0; k < SUPPORTED.length; k++) {
                if ((langs & 1 << k) != 0) hits[k]++;
            }
        }
        if (words < STOPWORD_MIN_WORDS) return null;
        double[] share = new double[SUPPORTED.length];
        for (int k = 0; k < SUPPORTED.length; k++) share[k] = (double) hits[k] / words;
        return share;
    }

    /** Whether one language's stopwords already dominate with a wide margin (twice the usual thresholds). */
    private static boolean clearly(int[] hits, int words) {
        for (int k = 0; k < hits.length; k++) {
            if (hits[k] < 2 * STOPWORD_SHARE * words) continue;
            boolean ok = true;
            for (int j = 0; j < hits.length; j++) if (j != k && hits[k] < 2 * STOPWORD_DOMINANCE * hits[j]) ok = false;
            if (ok) return true;
        }
        return false;
    }

    /**
     * The supported language whose stopwords make at least {@value #STOPWORD_SHARE} of the words and
     * {@value #STOPWORD_DOMINANCE} times the share of each other one, or -1. Running prose has 35-50 %
     * stopwords of its own language and far fewer of another; a text in a fourth language matches none.
     */
    private static int dominant(double[] share) {
        for (int k = 0; k < share.length; k++) {
            if (share[k] < STOPWORD_SHARE) continue;
            boolean ok = true;
            for (int j = 0; j < share.length; j++) if (j != k && share[k] < STOPWORD_DOMINANCE * share[j]) ok = false;
            if (ok) return k;
        }
        return -1;
    }

    private static Language toLanguage(String iso3) {
        try {
            return Language.of(iso3);
        } catch (IllegalArgumentException e) {
            return Language.UNKNOWN;
        }
    }
}
