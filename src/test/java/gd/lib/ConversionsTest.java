package gd.lib;

import gd.GdRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** str, int, float, round and f-string formats give what Python gives. */
class ConversionsTest {

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "str(3) + \"x\"           | 3x",
        "str(x**2)                | (** x 2)",
        "int(2.7)                 | 2",
        "int(-2.7)                | -2",
        "int(\" 42 \")            | 42",
        "int(true)                | 1",
        "float(\"2.5\") * 2       | 5",
        "float(7) / 2             | 3.5",
        "round(2.5)               | 2",
        "round(-3.5)              | -4",
        "round(2.675, 2)          | 2.67",
        "round(1234, -2)          | 1200",
        "round(1/3, 4)            | 0.3333",
        "f\"{0.000123456:.4g}\"   | 0.0001235",
        "f\"{123456789.0:.4g}\"   | 1.235e+08",
        "f\"{2.5:.0f} {3.5:.0f}\" | 2 4",
        "f\"{1/3:.3f}/{7:>4}/{7:<3}/{-5:05}\" | 0.333/   7/7  /-0005",
        "f\"{1234567:,} {0.25:.1%} {12345.678:e}\" | 1,234,567 25.0% 1.234568e+04",
        "f\"{'ab':>4}{{}}{[1, 2]}\" | `  ab{}[1, 2]`",
        "f\"{x + 1} {2 ** 10:d}\" | (+ x 1) 1024",
    })
    void likePython(String input, String expected) {
        GdRun r = GdRun.exprs("params x", input);
        assertEquals("", r.err());
        assertEquals(expected, r.text());
    }
}
