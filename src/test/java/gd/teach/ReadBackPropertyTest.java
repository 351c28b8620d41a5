package gd.teach;

import gd.expr.Expr;
import gd.expr.Fn;
import gd.expr.Num;
import gd.expr.Op;
import gd.expr.SExpr;
import gd.simplify.Eval;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Printed forms read back to the same value (issue 13, item 20): expressions with exact and float
 * constants at the edges (inf, nan, -0.0, huge and tiny, integral floats, big exact integers and
 * rationals), printed as S-expressions and read back by sexpr() are the same tree; printed in
 * infix and read back by gd's own parser they have the same value at every point, and each
 * constant keeps its kind (2.0 a float, 2 and 2/3 exact).
 */
class ReadBackPropertyTest {
    private static final Expr.Sym X = Expr.sym("x"), Y = Expr.sym("y");
    private static final List<Num> NUMBERS = List.of(Num.of(2), Num.of(-3), Num.of(BigInteger.TWO.pow(70)), Num.of(BigInteger.TEN.pow(40).negate()),
            Num.rational(BigInteger.TWO, BigInteger.valueOf(3)), Num.rational(BigInteger.valueOf(-7), BigInteger.valueOf(5)),
            Num.rational(BigInteger.ONE, BigInteger.TEN.pow(30)), Num.of(2.0), Num.of(-3.0), Num.of(0.5), Num.of(0.1), Num.of(-0.0), Num.of(0.0),
            Num.of(1e16), Num.of(123456789012345678.0), Num.of(1e300), Num.of(-1e-300), Num.of(Double.MIN_VALUE), Num.of(Double.MAX_VALUE),
            Num.of(Double.POSITIVE_INFINITY), Num.of(Double.NEGATIVE_INFINITY), Num.of(Double.NaN), Num.of(1.0), Num.of(-1.0));
    private static final Op[] OPS = {Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.POW};

    private final Random random = new Random(20);

    private Expr next(int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            int pick = random.nextInt(3);
            return pick == 0 ? X : pick == 1 ? Y : NUMBERS.get(random.nextInt(NUMBERS.size()));
        }
        if (random.nextInt(5) == 0) {
            Fn f = Fn.values()[random.nextInt(Fn.values().length)];
            List<Expr> args = new ArrayList<>();
            for (int i = 0; i < f.arity(); i++) args.add(next(depth - 1));
            boolean decided = f == Fn.WHERE && args.get(0) instanceof Num;      // where(number, a, b) is a or b
            if (decided || args.stream().allMatch(a -> a instanceof Num)) args.set(0, X);     // the language computes a function of numbers
            return Expr.call(f, args);
        }
        Expr l = next(depth - 1), r = next(depth - 1);
        if (l instanceof Num && r instanceof Num) r = X;        // the language folds two numbers; no printed form has (+ 2 3)
        return Expr.bin(OPS[random.nextInt(OPS.length)], l, r);
    }

    @Test void sexprReadsBackTheSameTree() {
        for (int i = 0; i < 400; i++) {
            Expr e = next(4);
            String printed = SExpr.print(e);
            assertEquals(e, SExprReader.read(printed), printed);
        }
        assertEquals("(/ x 2.0)", SExpr.print(Expr.bin(Op.DIV, X, Num.of(2.0))), "a float stays a float");
        assertEquals("(* x inf)", SExpr.print(Expr.bin(Op.MUL, X, Num.of(Double.POSITIVE_INFINITY))));
    }

    @Test void infixReadsBackTheSameValueAndKinds() {
        for (int i = 0; i < 400; i++) {
            Expr e = next(4);
            if (e instanceof Num) continue;     // a lone 2/3 is Python's true division, a float: only in an expression is it exact
            String printed = Infix.print(e);
            Expr back = (Expr) NotationsTest.gd(printed);
            assertEquals(kinds(e), kinds(back), "constants and their kinds in " + printed);
            for (double[] p : new double[][] {{1.5, -0.5}, {-2, 3}, {0.25, 1e10}}) {
                double want = Eval.at(e, p[0], p[1]), got = Eval.at(back, p[0], p[1]);
                assertTrue(Double.compare(want, got) == 0 || want == got, printed + " at " + p[0] + ", " + p[1] + ": " + want + " then " + got);
            }
        }
        assertEquals("x/2.0", Infix.print(Expr.bin(Op.DIV, X, Num.of(2.0))));
        assertEquals("x*float(\"inf\") - float(\"nan\")",
                Infix.print(Expr.bin(Op.SUB, Expr.bin(Op.MUL, X, Num.of(Double.POSITIVE_INFINITY)), Num.of(Double.NaN))));
    }

    /** The constants of e by magnitude and kind, leaving out exact 0 and 1, which infix writes as signs and subtractions. */
    private static List<String> kinds(Expr e) {
        List<String> out = new ArrayList<>();
        collect(e, out);
        out.sort(null);
        return out;
    }

    private static void collect(Expr e, List<String> out) {
        if (e instanceof Num n) {
            Num abs = n.isExact() ? (n.signum() < 0 ? n.negate() : n) : Num.of(Math.abs(n.doubleValue()));
            if (!(n.isExact() && (n.isZero() || abs.isOne()))) out.add((n.isExact() ? "exact " : "float ") + SExpr.print(abs));
        }
        for (Expr a : e.args()) collect(a, out);
    }
}
