package gd.teach;

import gd.eval.Args;
import gd.eval.Values;
import gd.expr.Builder;
import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.NumFormat;
import gd.grad.Tape;
import gd.simplify.Simplifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * same(e1, e2): whether two expressions are equal. First the exact test: e1 - e2 simplifies to
 * 0. When it does not (the simplifier is not a decision procedure), the numeric test: the two
 * agree at many random points (a fixed seed, so a worksheet's output never changes). The
 * verdict says which test decided, and is true or false for assert.
 */
final class Same {
    static final int POINTS = 24;
    private static final double TOL = 1e-9;

    private Same() {}

    record Verdict(boolean equal, String reason) implements Values.Shown {
        @Override public String show() { return (equal ? "true: " : "false: ") + reason; }
        @Override public Object attr(String name) {
            return name.equals("ok") ? (Object) equal : name.equals("reason") ? reason : null;
        }
    }

    static Object call(Args a) {
        a.expect(2, 2);
        return decide(a.expr(0), a.expr(1));
    }

    static Verdict decide(Expr e1, Expr e2) {
        if (e1 == e2) return new Verdict(true, "they are the same expression");
        Expr diff = Simplifier.simplify(Builder.RAW.sub(e1, e2));
        if (diff instanceof Num n && n.isZero()) return new Verdict(true, "their difference simplifies to 0");
        return numerically(e1, e2, diff);
    }

    private static Verdict numerically(Expr e1, Expr e2, Expr diff) {
        Dag d1 = new Dag(e1), d2 = new Dag(e2);
        List<Expr.Sym> syms = new ArrayList<>(d1.symbols());
        for (Expr.Sym s : d2.symbols()) if (!syms.contains(s)) syms.add(s);
        Tape t1 = Tape.compile(e1, syms), t2 = Tape.compile(e2, syms);
        Random random = new Random(42);
        int agreed = 0;
        for (int tries = 0; tries < POINTS * 20 && agreed < POINTS; tries++) {
            Map<Expr.Sym, Double> p = point(syms, random, tries < POINTS * 10 ? -3 : 0.05);
            double v1 = value(t1, p), v2 = value(t2, p);
            if (!Double.isFinite(v1) || !Double.isFinite(v2)) continue;     // outside a domain (log of a negative): no evidence
            if (Check.error(v1, v2) > TOL)
                return new Verdict(false, "at " + show(p) + " the first is " + NumFormat.table(v1) + " and the second is " + NumFormat.table(v2)
                        + (diff instanceof Num n ? " (their difference simplifies to " + n + ")" : ""));
            agreed++;
        }
        if (agreed == 0) return new Verdict(false, "undecided: their difference does not simplify to 0, and they never both have a value at the points tried");
        return new Verdict(true, "they agree at " + agreed + " random points (their difference does not simplify to 0)");
    }

    private static Map<Expr.Sym, Double> point(List<Expr.Sym> syms, Random random, double low) {
        Map<Expr.Sym, Double> p = new LinkedHashMap<>();
        for (Expr.Sym s : syms) p.put(s, Math.round((low + random.nextDouble() * (3 - low)) * 1000) / 1000.0);
        return p;
    }

    /** The value at p (which gives every symbol of the tape's, in order), in doubles: a pole or a log of a negative gives inf or nan. */
    private static double value(Tape tape, Map<Expr.Sym, Double> p) {
        double[] at = new double[tape.params().size()];
        for (int i = 0; i < at.length; i++) at[i] = p.get(tape.params().get(i));
        return tape.evaluate(at, null);
    }

    private static String show(Map<Expr.Sym, Double> p) {
        StringBuilder sb = new StringBuilder("{");
        p.forEach((s, v) -> sb.append(sb.length() > 1 ? ", " : "").append(s.name()).append(": ").append(NumFormat.table(v)));
        return sb.append('}').toString();
    }
}
