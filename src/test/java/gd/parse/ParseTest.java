package gd.parse;

import gd.GdRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pins the precedence table: each input, with x, y, a, b, c, f declared, prints as this S-expression. */
class ParseTest {

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiter = '|', value = {
        "-x**2            | (- 0 (** x 2))",
        "x**y**2          | (** x (** y 2))",
        "a-b-c            | (- (- a b) c)",
        "a/b*c            | (* (/ a b) c)",
        "f(x)**2          | (** (sin x) 2)",
        "a + b*c          | (+ a (* b c))",
        "(a + b)*c        | (* (+ a b) c)",
        "x^2              | (** x 2)",
        "x**-1            | (** x -1)",
        "2**3**2          | 512",
        "-2**2            | -4",
        "2**-1            | 0.5",
        "7/2              | 3.5",
        "7 - 2*3          | 1",
        "-7//2            | -4",
        "-7 % 3           | 2",
        "7.5 % -2         | -0.5",
        "1 + 7 % 4 * 2    | 7",
        "2**3 // 3        | 2",
        "2**100           | 1267650600228229401496703205376",
        "1e-5             | 1e-05",
        "1_000            | 1000",
        "0.1 + 0.2        | 0.30000000000000004",
        "[x, 1 + 1]       | [x, 2]",
        "{x: 1}           | {x: 1}",
        "1 < 2 and 2 < 3  | true",
        "not 1 == 1.0     | false",
        "[i*i for i in range(4) if i != 2] | [0, 1, 9]",
        "[[i, j] for i in range(2) for j in range(2)] | [[0, 0], [0, 1], [1, 0], [1, 1]]",
    })
    void precedence(String input, String expected) {
        GdRun r = GdRun.exprs("params x y a b c", "f(t) = sin(t)", input);
        assertEquals("", r.err());
        assertEquals(expected, r.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'max(1,\n 2)'                    | 2",
        "'xs = [1,\n2,\n3]\nlen(xs)'     | 3",
        "'#!/usr/bin/env gd\n1 + 2'       | 3",
        "'1 + 2  # a comment'             | 3",
        "'a = 1; b = 2; a + b'            | 3",
        "'a, b = [1, 2]\nb'               | 2",
    })
    void layout(String input, String expected) {
        GdRun r = GdRun.exprs(input);
        assertEquals("", r.err());
        assertEquals(expected, r.text());
    }
}
