package gd.parse;

import gd.GdRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Blocks by indentation: what runs, the errors (with their place), and the REPL's "is this input complete". */
class BlocksTest {

    private static String run(String program) {
        GdRun r = GdRun.exprs(program);
        assertEquals("", r.err());
        return r.text();
    }

    @Test
    void nestedBlocksDedentSeveralLevelsAtOnce() {
        assertEquals("0 0\n0 1\n1 0\n1 1\nafter 1 1", run("""
                for i in range(2):
                    for j in range(2):
                        if j >= 0:
                            print(i, j)
                print("after", i, j)
                """));
    }

    @Test
    void commentsAndBlankLinesInsideABlockDoNotEndIt() {
        assertEquals("6", run("""
                total = 0
                for x in [1, 2, 3]:
                # a comment at column 0

                    total += x   # trailing comment
                        # an over-indented comment
                total
                """));
    }

    @Test
    void elifElseWhileBreakContinueAndReturn() {
        assertEquals("small\nmid\nbig\n[1, 3, 5]\n120", run("""
                def label(n):
                    if n < 2:
                        return "small"
                    elif n < 5:
                        return "mid"
                    else:
                        return "big"
                for n in [1, 3, 9]:
                    print(label(n))
                odd = []
                k = 0
                while True:
                    k += 1
                    if k > 5: break
                    if k % 2 == 0:
                        continue
                    odd.append(k)
                print(odd)
                def fact(n):
                    return 1 if n <= 1 else n * fact(n - 1)
                fact(5)
                """));
    }

    @Test
    void aTrainingRunsParamsFieldParses() {
        String out = run("params x\nrun = train((x - 1)**2, lr=0.1, steps=1)\nrun.params");
        assertTrue(out.endsWith("{x: 0.2}"), out);
    }

    @Test
    void aOneLineBlockAfterTheColonAndPass() {
        assertEquals("2\n3", run("for x in [1, 2]: print(x + 1)\nif false:\n    pass"));
    }

    @Test
    void statementsLeaveNumbersExactAndParametersSettable() {
        assertEquals("[9, 2, 3]\n{m: 1.5}\n2.25\n(* 2 m)", run("""
                xs = [1, 2, 3]
                xs[0] = 9
                print(xs)
                params m
                vals = {"m": 0}
                vals["m"] += 1.5
                print(vals)
                m = vals[m]
                print(val(m * m, {}))
                d(m**2, m)
                """).replace("{\"m\": 1.5}", "{m: 1.5}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'if 1:\n    a = 1\n  b = 2'        | 3:3  | does not match any enclosing block's (none)",
        "'x = 1\n    y = 2'                 | 2:5  | this line is indented, but no block starts here",
        "'if 1:\n\tx = 1\n        y = 2'     | 3:9  | mixes tabs and spaces",
        "'for i in [1]:\ny = 2'             | 1:13 | expected an indented block after this ':'",
        "'for i in [1]:'                    | 1:13 | expected an indented block after this ':'",
        "'break'                            | 1:1  | 'break' can only be used inside a for or while loop",
        "'for i in [1]:\n    def f():\n        continue' | 3:9 | 'continue' can only be used inside a for or while loop",
        "'return 1'                         | 1:1  | 'return' can only be used inside a function",
        "'len = 3'                          | 1:1  | 'len' is a built-in function, so it cannot be assigned",
        "'s = \"abc\"\ns[0] = \"x\"'        | 2:1  | a string cannot be changed in place",
        "'params m\nm = [1]'                | 2:1  | 'm' is a parameter (declared with params)",
        "'xs = [1]\nxs[3] = 2'              | 2:4  | index 3 is out of range for 1 items",
        "'f\"{x\"'                          | 1:3  | this '{' in the f-string is never closed",
        "'print(\"abc)'                      | 1:7  | this string is never closed",
        "'if 1:\n    x = 1\nelse 2'          | 3:6  | unexpected '2' after 'else'",
        "'x = 1\n)'                          | 2:1  | ')' has no matching '('",
        "'print(f\"{1:zz}\")'               | 1:10 | 'zz' is not a format gd understands",
    })
    void errorsSayWhereAndWhat(String program, String place, String message) {
        GdRun r = GdRun.exprs(program);
        assertTrue(r.err().startsWith("<expr>:" + place + ": error: "), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertTrue(r.exit() != 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'1 + 2'                             | COMPLETE",
        "'max(1,'                            | INCOMPLETE",
        "'x = 1 + \\'                        | INCOMPLETE",
        "'for k in range(3):'                | INCOMPLETE",
        "'for k in range(3):\n    print(k)'  | INCOMPLETE",
        "'for k in range(3):\n    print(k)\n' | COMPLETE",
        "'for k in range(3):\n    print(k)\nk' | COMPLETE",
        "'if k:\n    a = 1\nelse:'           | INCOMPLETE",
        "'if 1: print(2)'                    | COMPLETE",
        "'d = {1: 2}'                        | COMPLETE",
        "'1 +'                               | INVALID",
        "'for k in range(3):\n    break\n    x = ]' | INVALID",
    })
    void statusTellsAFrontEndWhetherToAskForMore(String text, Parse.Status expected) {
        assertEquals(expected, Parse.status(text));
    }

    @Test
    void nextIndentFollowsTheBlock() {
        assertEquals("    ", Parse.nextIndent("for k in xs:"));
        assertEquals("        ", Parse.nextIndent("for k in xs:\n    if k:"));
        assertEquals("    ", Parse.nextIndent("for k in xs:\n    a = 1"));
        assertEquals("", Parse.nextIndent("a = 1"));
    }
}
