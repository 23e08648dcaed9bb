package org.parallax.core.anchor;

import org.parallax.core.io.Resources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An ordered list of regular-expression rewrite rules read from a resource file with rows
 * {@code scope<TAB>regex<TAB>replacement[<TAB>note]} ({@code #} starts a comment line). Rules are applied
 * in file order; {@link #apply} runs the rules of the scopes a caller asks for.
 *
 * <pre>{@code
 * RewriteRules r = RewriteRules.load("/org/parallax/core/anchor/transliteration.tsv");
 * r.apply("chroesjtsjov", "key"::equals); // "kruSev"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class RewriteRules {
    /** One rule. */
    record Rule(String scope, Pattern pattern, String replacement) {}

    private final List<Rule> rules;

    private RewriteRules(List<Rule> rules) { this.rules = List.copyOf(rules); }

    /** Loads rules from a classpath resource. */
    static RewriteRules load(String resource) {
        List<Rule> out = new ArrayList<>();
        for (Resources.Line line : Resources.lines(RewriteRules.class, resource, true)) {
            int n = line.number();
            String[] f = line.text().split("\t", -1);
            if (f.length < 2) throw new IllegalStateException(resource + ":" + n + ": expected scope<TAB>regex<TAB>replacement");
            try {
                out.add(new Rule(f[0].strip(), Pattern.compile(f[1]), f.length > 2 ? f[2] : ""));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(resource + ":" + n + ": bad regular expression: " + e.getMessage(), e);
            }
        }
        return new RewriteRules(out);
    }

    /** Applies, in order, every rule whose scope is accepted. */
    String apply(String s, java.util.function.Predicate<String> scope) {
        String cur = s;
        for (Rule rule : rules) {
            if (!scope.test(rule.scope())) continue;
            cur = rule.pattern().matcher(cur).replaceAll(rule.replacement());
            if (cur.isEmpty()) break;
        }
        return cur;
    }

    /** The rules, in order. */
    List<Rule> rules() { return rules; }
}
