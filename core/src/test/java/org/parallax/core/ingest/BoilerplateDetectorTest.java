package org.parallax.core.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateDetectorTest {
    @Test
    void standardRulesMarkNavigationLines() {
        BoilerplateDetector d = BoilerplateDetector.standard();
        assertTrue(d.isBoilerplateLine("Skip to main content"));
        assertFalse(d.isBoilerplateLine("Khrushchev denounced Stalin in 1956."));
    }

    @Test
    void badRuleFilesNameTheResourceAndLine() {
        IllegalArgumentException regex = assertThrows(IllegalArgumentException.class,
                () -> BoilerplateDetector.load("/org/parallax/core/ingest/bad-regex.tsv"));
        assertTrue(regex.getMessage().startsWith("/org/parallax/core/ingest/bad-regex.tsv:3: bad regular expression"),
                regex.getMessage());
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> BoilerplateDetector.load("/org/parallax/core/ingest/bad-kind.tsv"));
        assertEquals("/org/parallax/core/ingest/bad-kind.tsv:2: unknown kind 'sidebar'", kind.getMessage());
        assertThrows(IllegalStateException.class, () -> BoilerplateDetector.load("/no/such/rules.tsv"));
    }
}
