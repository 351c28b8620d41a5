package gd.teach;

import gd.diff.Derivative;
import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.RandomExprs;
import gd.simplify.Simplifier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * explain on the random generator (every function, depth 5, a fixed seed), in every notation:
 * its last line is d(e, x) as that notation prints it (raw=true: the seed's raw d), every "d/dv"
 * names the variable differentiated by, and no step differentiates a bare leaf of a larger e.
 */
class ExplainPropertyTest {
    private static final Expr.Sym X = Expr.sym("x"), Y = Expr.sym("y");
    private static final Pattern BY = Pattern.compile("d/d(\\w+)|\\\\frac\\{d\\w*\\}\\{d(\\w+)\\}|d\\w+/d(\\w+)|other than \\$?(\\w+)");
    private static final int COUNT = 150;

    @TestFactory List<DynamicTest> explanationsEndInDAndNameTheirVariable() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Notation n : Notation.values()) tests.add(DynamicTest.dynamicTest(n.label(), () -> {
            RandomExprs g = new RandomExprs(11);
            for (int i = 0; i < COUNT; i++) check(g.next(5), i % 2 == 0 ? X : Y, n);
        }));
        return tests;
    }

    private static void check(Expr e, Expr.Sym by, Notation n) {
        List<String> lines = Explain.lines(e, by, false, n);
        String what = n.label() + " explain(" + gd.teach.Infix.print(e) + ", " + by.name() + "):\n" + String.join("\n", lines);
        assertEquals(n.print(Simplifier.simplify(Derivative.tidy(e, by))), lines.get(lines.size() - 1), what);
        names(lines, by, what);
        noLeafSteps(e, lines, by, n, what);
        Expr raw;
        try {
            raw = Derivative.raw(e, by);
        } catch (ArithmeticException err) {      // the seed's raw rules can divide a number by 0; explain fails alike
            assertThrows(ArithmeticException.class, () -> Explain.lines(e, by, true, n));
            return;
        }
        List<String> seed = Explain.lines(e, by, true, n);
        assertEquals(n.print(raw), seed.get(seed.size() - 1), what);
        names(seed, by, what);
    }

    private static void names(List<String> lines, Expr.Sym by, String what) {
        for (String line : lines.subList(0, lines.size() - 1)) {
            Matcher m = BY.matcher(line);
            while (m.find()) {
                String v = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                assertEquals(by.name(), v, "'" + line + "' names the wrong variable in\n" + what);
            }
        }
    }

    /** A step "d/dx x = 1" or "d/dx 3 = 0" is told only when the leaf is all of e. */
    private static void noLeafSteps(Expr e, List<String> lines, Expr.Sym by, Notation n, String what) {
        if (e instanceof Num || e instanceof Expr.Sym) return;
        Set<String> leaves = new HashSet<>();
        leaves(e, leaves, n);
        String d = n == Notation.LATEX ? "      $\\frac{d}{d" + by.name() + "} " : "      d/d" + by.name() + " ";
        for (String line : lines)
            for (String leaf : leaves) assertFalse(line.startsWith(d + leaf + " = "), "a leaf step '" + line + "' in\n" + what);
    }

    private static void leaves(Expr e, Set<String> out, Notation n) {
        if (e instanceof Num || e instanceof Expr.Sym) out.add(n.print(e));
        for (Expr a : e.args()) leaves(a, out, n);
    }
}
