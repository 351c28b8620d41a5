package gd.ast;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiagnosticTest {

    private static String[] render(String line, int col, int length) {
        Source src = new Source("t.gd", line + "\n");
        return new Diagnostic(Diagnostic.Kind.RUN, new Span(src, 1, col, length), "bad").render().split("\n");
    }

    @Test void aShortLineIsShownWhole() {
        String[] r = render("x = 1 + foo", 8, 3);
        assertEquals("t.gd:1:9: error: bad", r[0]);
        assertEquals("x = 1 + foo", r[1]);
        assertEquals("        ^^^", r[2]);
    }

    /** A 20,000-character line would fill the terminal; show a window around the error, the caret still under it. */
    @Test void aLongLineIsShownAroundTheError() {
        String line = "x = " + "1 + ".repeat(5000) + "foo";
        int col = line.indexOf("foo");
        String[] r = render(line, col, 3);
        assertEquals("t.gd:1:" + (col + 1) + ": error: bad", r[0]);
        assertTrue(r[1].length() <= 120, "shown: " + r[1].length() + " characters");
        assertTrue(r[1].startsWith("...") && r[1].endsWith("foo"), r[1]);
        assertEquals("foo", r[1].substring(r[2].indexOf('^'), r[2].indexOf('^') + 3), r[1] + "\n" + r[2]);
        String[] start = render(line, 0, 1);
        assertTrue(start[1].startsWith("x = 1 + ") && start[1].endsWith("..."), start[1]);
        assertEquals("^", start[2]);
    }
}
