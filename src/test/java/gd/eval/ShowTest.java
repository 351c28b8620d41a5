package gd.eval;

import gd.expr.Cancel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Showing values: Ctrl-C stops it, deep nesting costs its size, and a text too big to hold is an error (issue 13, items 1, 7, 14). */
class ShowTest {
    private static Object nested(int depth) {
        Object v = List.of();
        for (int i = 0; i < depth; i++) v = List.of(v);
        return v;
    }

    @Test void ctrlCStopsPrintingAValue() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(Cancel.Interrupted.class, () -> Values.show(nested(10)));
        } finally {
            Thread.interrupted();
        }
    }

    @Test void aDeepListPrintsInOnePass() throws Exception {
        String[] text = new String[1];
        Thread t = new Thread(null, () -> text[0] = Values.show(nested(100_000)), "deep", 1L << 30);
        t.start();
        t.join();
        assertEquals(200_002, text[0].length());   // 100,000 wrappings of []
        assertTrue(text[0].startsWith("[[[") && text[0].endsWith("]]]"));
    }

    @Test void aTextBeyondTheLimitIsAnError() {
        List<Object> big = java.util.Collections.nCopies(Values.MAX_CHARS / 8, "1234567");   // each shows as "1234567" plus ", "
        gd.ast.GdError e = assertThrows(gd.ast.GdError.class, () -> Values.show(List.of(big, big)));
        assertTrue(e.getMessage().contains("too big to print"), e.getMessage());
    }
}
