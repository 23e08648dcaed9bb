package org.parallax.report.cli;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --limit 0} means "no limit" in every command that has the option, as each --help says. */
class LimitZeroTest {
    private static final List<List<String>> COMMANDS = List.of(
            List.of("freq", "seeds", "--doc", "en-essay"),
            List.of("ngrams", "seeds", "--doc", "en-essay", "--min-n", "2"),
            List.of("concordance", "seeds", "Stalin"),
            List.of("collocations", "seeds", "stalin"),
            List.of("keyness", "seeds", "--doc-vs-rest", "en-essay"));

    private static CliRun run(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(Arrays.asList(more));
        CliRun r = CliRun.of(all.toArray(String[]::new));
        assertEquals(Parallax.OK, r.code(), all + ": " + r.err());
        return r;
    }

    @Test
    void limitZeroPrintsEveryRowLikeNoLimit() {
        for (List<String> args : COMMANDS) {
            CliRun all = run(args);
            CliRun zero = run(args, "--limit", "0");
            assertTrue(all.lines().size() > 3, args + " has rows");
            assertEquals(all.out(), zero.out(), args + " --limit 0");
            assertEquals(3, run(args, "--limit", "2").lines().size(), args + " --limit 2: the header and two rows");
        }
    }

    @Test
    void salienceLimitZeroPrintsEveryTerm() {
        List<String> args = List.of("salience", "seeds", "--doc", "en-essay");
        int byDefault = run(args).lines().size();
        int zero = run(args, "--limit", "0").lines().size();
        assertEquals(21, byDefault, "the header and the 20 best terms by default");
        assertTrue(zero > byDefault, "--limit 0: every term, " + zero + " lines");
    }

    @Test
    void everyHelpSaysSo() {
        for (String command : List.of("freq", "ngrams", "concordance", "collocations", "keyness", "salience")) {
            CliRun help = CliRun.of(command, "--help");
            String text = help.out().replaceAll("\\s+", " ");
            assertTrue(text.contains("--limit=N") && text.contains("0: all"), command + " --help: " + help.out());
        }
    }
}
