package gd.teach;

import gd.GdRun;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A leaf rule (a constant, the variable, another symbol) is explained once, however often it applies. */
class ExplainLeavesTest {

    @Test void leafRulesAppearOnce() {
        GdRun r = GdRun.exprs("params m b", "loss = sum((m*x + b - (2*x + 1))**2 for x in [-2, 3]) / 2", "explain(loss, m)");
        assertEquals("", r.err());
        String[] lines = r.out().split("\n");
        assertEquals(1, Arrays.stream(lines).filter(l -> l.matches("\\s+\\d+\\. constant,.*")).count(), r.out());
        assertEquals(1, Arrays.stream(lines).filter(l -> l.matches("\\s+\\d+\\. another symbol.*")).count(), r.out());
        assertEquals("b + 13*m - 27", lines[lines.length - 1]);
    }
}
