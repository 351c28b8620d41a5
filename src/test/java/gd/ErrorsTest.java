package gd;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The error table of the core issue: each bad input stops the script with a non-zero exit and a
 * message in plain words at its position: FILE:LINE:COL: error: MESSAGE, the line, and a caret.
 */
class ErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // input                       | line:col | exit | message
        "`1 +`                         | 1:3  | 65 | expected an expression after '+', found the end of the line",
        "`(((`                         | 1:1  | 65 | '(' is never closed: add ')'",
        "`d(x**2, 3)`                  | 1:9  | 70 | d differentiates with respect to a symbol (like x, declared with 'params x'), not the number 3",
        "`foo(1)`                      | 1:1  | 65 | unknown name 'foo'",
        "`vall(x)`                     | 1:1  | 65 | unknown name 'vall'; did you mean 'val'?",
        "`z + 1`                       | 1:1  | 65 | unknown name 'z'; declare it first, e.g. 'params z' or 'z = 1'",
        "`epx(x)`                      | 1:1  | 65 | unknown name 'epx'; did you mean 'exp'?",
        "`params 3`                    | 1:8  | 65 | 'params' must be followed by parameter names (like 'params m b'), found '3'",
        "`x = `                        | 1:3  | 65 | expected an expression after '=', found the end of the line",
        "`for = 3`                     | 1:1  | 65 | 'for' is a keyword of gd, so it cannot be used as a name; pick another, like 'for_'",
        "`true = 3`                    | 1:1  | 65 | 'true' is a keyword of gd, so it cannot be used as a name; pick another, like 'true_'",
        "`params in`                   | 1:8  | 65 | 'in' is a keyword of gd, so it cannot be used as a name; pick another, like 'in_'",
        "`f(1) = 3`                    | 1:6  | 65 | only a name (x = 1), names (a, b = xs) or a function heading with names in its brackets (f(x, y) = ...) can stand before '='",
        "`[1][0] = 3`                  | 1:8  | 65 | only a name (x = 1), names (a, b = xs) or a function heading with names in its brackets (f(x, y) = ...) can stand before '='",
        "`\"abc`                       | 1:1  | 65 | this string is never closed",
        "`val(1/x, {x: 0})`            | 1:1  | 70 | division by zero: the denominator x is 0 here",
        "`1/0`                         | 1:1  | 70 | division by zero",
        "`val(log(x), {x: -1})`        | 1:1  | 70 | log is only defined for positive numbers",
        "`[1, 2)`                      | 1:6  | 65 | ')' does not match the '[' at line 1, column 1 (expected ']')",
        "`)`                           | 1:1  | 65 | ')' has no matching '(' before it",
        "`d(x, x, rw=true)`            | 1:9  | 65 | d has no option 'rw'; did you mean 'raw'?",
        "`len(1, 2)`                   | 1:1  | 65 | len takes 1 argument (len(xs)), got 2",
        "`f(a) = a; f(y=1)`            | 1:13 | 65 | f takes no options (name=value), only its 1 argument (a)",
        "`x y`                         | 1:3  | 65 | unexpected 'y' after 'x'",
        "`[1, 2][5]`                   | 1:8  | 70 | index 5 is out of range for 2 items",
        "`1 @ 2`                       | 1:3  | 65 | '@' is not a character gd understands here",
        "`[1] < 2`                     | 1:1  | 70 | '<' compares numbers",
        "`(x > 0) or 1`                | 1:1  | 70 | the comparison (> x 0) is an expression (1 where it holds, 0 where not)",
        "`where(\"a\", x, 0)`          | 1:7  | 70 | where's condition is a comparison (x > 0), an expression or a number",
        "`max(x)`                      | 1:5  | 70 | max of one expression is that expression",
        "`sum(1)`                      | 1:5  | 70 | sum needs a list here, got the number 1",
        "`a, b = [1]`                  | 1:1  | 70 | cannot unpack the list [1] into 2 names (a, b)",
        "`(-1)**0.5`                   | 1:1  | 70 | (-1)**0.5 is not a real number: a negative base needs a whole exponent",
        "`val(x**0.5, {x: -1})`        | 1:1  | 70 | (-1)**0.5 is not a real number: a negative base needs a whole exponent",
        "`10**10**10`                  | 1:1  | 70 | 10**10000000000 is too large to compute exactly",
        "`range(1e10)`                 | 1:7  | 70 | range counts in integers, and 10000000000 is a float here",
        "`assert 1 == 2`               | 1:1  | 70 | assertion failed: '1 == 2'",
        "`f(a) = f(a); f(1)`           | 1:8  | 70 | f was called 10,000 deep without returning: a function that calls itself without end (like f(x) = f(x)) needs a case that stops",
        "`check(log(x), {x: -1})`      | 1:15 | 70 | log(x) is not defined at {x: -1}: log is only defined for positive numbers",
        "`check(sqrt(x), {x: 0})`      | 1:16 | 70 | the derivative of sqrt(x) by x is not defined at {x: 0}: division by zero",
    })
    void reportsPlainlyWithPosition(String input, String where, int exit, String message) {
        GdRun r = GdRun.exprs("params x y", input);
        assertEquals(exit, r.exit(), r.err());
        String header = "<expr>:" + where + ": error: ";
        assertTrue(r.err().startsWith(header + message), "expected '" + header + message + "...' but got:\n" + r.err());
        String[] lines = r.err().split("\n");
        assertTrue(lines.length >= 3, r.err());
        assertEquals(input, lines[1], "the source line is shown");
        int col = Integer.parseInt(where.split(":")[1]);
        assertEquals(col - 1, lines[2].indexOf('^'), "the caret stands under column " + col + ":\n" + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no Java stack trace");
    }

    @org.junit.jupiter.api.Test
    void scriptStopsAtFirstErrorAfterPrintingWhatCameBefore() {
        GdRun r = GdRun.exprs("1\n2\nfoo\n3");
        assertEquals("1\n2", r.text());
        assertTrue(r.err().startsWith("<expr>:3:1: error: unknown name 'foo'"), r.err());
        assertEquals(65, r.exit());
    }
}
