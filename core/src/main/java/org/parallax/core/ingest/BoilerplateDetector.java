package org.parallax.core.ingest;

import org.parallax.core.Boilerplate;
import org.parallax.core.BlockKind;
import org.parallax.core.io.Resources;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Marks boilerplate blocks &mdash; navigation, citation widgets, comment prompts, bibliography entries,
 * bylines, "see also" lists &mdash; with general rules whose patterns live in a documented resource file
 * ({@code org/parallax/core/ingest/boilerplate.tsv}). Blocks are marked, never removed.
 *
 * <p>Rules, in order: single-block patterns (a whole short block like "Skip to main content", a prefix
 * like "See also:", a formatted citation of the page, a reference entry like
 * "Linden, Carl A. (1966). …"); sections whose heading is "See also" or "References"; regions opened by
 * a citation widget ("Cite this article") that go on while blocks are short, list items or speak of
 * citations; and bylines: a short name line ("Graeme Gill") between boilerplate blocks or at the end.
 *
 * <pre>{@code
 * Boilerplate[] marks = BoilerplateDetector.standard().detect(text, blocks);
 * BoilerplateDetector.standard().isBoilerplateLine("Leave a comment"); // true
 * }</pre>
 */
public final class BoilerplateDetector {
    private static final int LINE_MAX = 120;
    private static final int REGION_SHORT = 100;
    private static final int TRIGGER_WINDOW = 300;
    private static final int ENTRY_MAX = 600;

    private record Rule(Boilerplate kind, String scope, Pattern pattern) {}

    private final List<Rule> rules;
    private final Map<Boilerplate, Pattern> vocabulary;

    private BoilerplateDetector(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        Map<Boilerplate, Pattern> v = new EnumMap<>(Boilerplate.class);
        for (Rule r : rules) if (r.scope.equals("vocabulary")) v.put(r.kind, r.pattern);
        this.vocabulary = v;
    }

    private static final class Holder {
        static final BoilerplateDetector STANDARD = load("/org/parallax/core/ingest/boilerplate.tsv");
    }

    /** The standard rules (English, Italian, Dutch). */
    public static BoilerplateDetector standard() { return Holder.STANDARD; }

    /**
     * Rules from a TSV resource in the format of the standard file.
     *
     * @throws IllegalArgumentException naming the resource and line: fewer than three columns, an unknown kind
     *                                  or a bad regular expression
     */
    public static BoilerplateDetector load(String resource) {
        List<Rule> rules = new ArrayList<>();
        for (Resources.Line line : Resources.lines(BoilerplateDetector.class, resource, true)) {
            String at = resource + ":" + line.number() + ": ";
            String[] f = line.text().split("\t", 3);
            if (f.length < 3) throw new IllegalArgumentException(at + "expected kind, rule, pattern");
            Boilerplate kind;
            try {
                kind = Boilerplate.valueOf(f[0].trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + "unknown kind '" + f[0].trim() + "'", e);
            }
            String scope = f[1].trim();
            int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
            try {
                rules.add(new Rule(kind, scope, Pattern.compile(f[2].trim(), flags)));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException(at + "bad regular expression: " + e.getMessage(), e);
            }
        }
        return new BoilerplateDetector(rules);
    }

    /** Whether a single short line is boilerplate on its own (navigation, comment prompt, "see also", citation). */
    public boolean isBoilerplateLine(String text) {
        return lineKind(text.strip()) != Boilerplate.NONE;
    }

    private Boilerplate lineKind(String t) {
        for (Rule r : rules) {
            switch (r.scope) {
                case "line" -> {
                    if (t.length() <= LINE_MAX * 2 && r.pattern.matcher(t).matches()) return r.kind;
                }
                case "prefix" -> {
                    if (r.pattern.matcher(t).lookingAt()) return r.kind;
                }
                default -> { }
            }
        }
        return Boilerplate.NONE;
    }

    /** Marks the blocks of a document; the result has one entry per block. */
    public Boilerplate[] detect(CharSequence text, List<BlockDraft> blocks) {
        int n = blocks.size();
        Boilerplate[] out = new Boilerplate[n];
        String[] head = new String[n];
        for (int i = 0; i < n; i++) {
            BlockDraft b = blocks.get(i);
            head[i] = text.subSequence(b.start(), Math.min(b.end(), b.start() + Math.max(TRIGGER_WINDOW, ENTRY_MAX))).toString();
            out[i] = Boilerplate.NONE;
        }
        // 1. single blocks
        for (int i = 0; i < n; i++) {
            BlockDraft b = blocks.get(i);
            String t = head[i];
            if (b.length() <= LINE_MAX * 2) {
                Boilerplate k = lineKind(t);
                if (k != Boilerplate.NONE) { out[i] = k; continue; }
            } else {
                for (Rule r : rules) {
                    if (r.scope.equals("prefix") && r.pattern.matcher(t).lookingAt()) { out[i] = r.kind; break; }
                }
                if (out[i] != Boilerplate.NONE) continue;
            }
            if (b.kind() != BlockKind.HEADING && b.length() <= ENTRY_MAX) {
                for (Rule r : rules) {
                    if (r.scope.equals("entry") && r.pattern.matcher(t).lookingAt()) { out[i] = r.kind; break; }
                }
            }
        }
        // 2. sections under a "See also" / "References" heading
        for (int i = 0; i < n; i++) {
            BlockDraft b = blocks.get(i);
            if (b.kind() != BlockKind.HEADING) continue;
            String t = head[i].strip();
            for (Rule r : rules) {
                if (r.scope.equals("section") && r.pattern.matcher(t).matches()) {
                    out[i] = r.kind;
                    for (int j = i + 1; j < n; j++) {
                        BlockDraft c = blocks.get(j);
                        if (c.kind() == BlockKind.HEADING && c.level() <= b.level()) break;
                        if (out[j] == Boilerplate.NONE) out[j] = r.kind; // a block's own reason comes first
                    }
                    break;
                }
            }
        }
        // 3. regions opened by a widget trigger
        for (int i = 0; i < n; i++) {
            if (blocks.get(i).length() > LINE_MAX) continue; // a widget's title is a short line
            String window = head[i];
            for (Rule r : rules) {
                if (!r.scope.equals("trigger") || !r.pattern.matcher(window).find()) continue;
                out[i] = r.kind;
                Pattern vocab = vocabulary.get(r.kind);
                int j = i + 1;
                for (; j < n; j++) {
                    BlockDraft c = blocks.get(j);
                    boolean keeps = c.length() < REGION_SHORT || c.kind() == BlockKind.LIST_ITEM
                            || (vocab != null && vocab.matcher(head[j]).find());
                    if (!keeps) break;
                    if (out[j] == Boilerplate.NONE) out[j] = r.kind;
                }
                i = j - 1;
                break;
            }
        }
        // 4. bylines: a short name line between boilerplate blocks, or closing the document after boilerplate
        for (int i = 0; i < n; i++) {
            if (out[i] != Boilerplate.NONE || !isNameLine(head[i], blocks.get(i))) continue;
            boolean prevBp = i > 0 && out[i - 1] != Boilerplate.NONE;
            boolean nextBpOrEnd = i == n - 1 || out[i + 1] != Boilerplate.NONE;
            if (prevBp && nextBpOrEnd) out[i] = Boilerplate.BYLINE;
        }
        return out;
    }

    /** Two to four capitalized words, no digits, no sentence punctuation: "Graeme Gill", "A. P. van Goudoever". */
    static boolean isNameLine(String text, BlockDraft b) {
        if (b.length() > 60 || b.kind() == BlockKind.HEADING && !"plain".equals(b.markup())) return false;
        String t = text.strip();
        if (t.startsWith("\u2014") || t.startsWith("-") || t.startsWith("\u2013")) t = t.substring(1).strip();
        if (t.toLowerCase(Locale.ROOT).startsWith("by ")) t = t.substring(3).strip();
        String[] words = t.split("\\s+");
        if (words.length < 2 || words.length > 4) return false;
        for (String w : words) {
            if (w.isEmpty()) return false;
            char c = w.charAt(0);
            boolean particle = w.equals("van") || w.equals("de") || w.equals("der") || w.equals("di") || w.equals("da")
                    || w.equals("von") || w.equals("del") || w.equals("den");
            if (!Character.isUpperCase(c) && !particle) return false;
            for (int k = 0; k < w.length(); k++) {
                char d = w.charAt(k);
                if (!(Character.isLetter(d) || d == '.' || d == '-' || d == '\'' || d == '\u2019')) return false;
            }
        }
        return true;
    }
}
