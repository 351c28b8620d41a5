package gd.teach;

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
 * agree at many random points (a fixed seed, so a worksheet's output never changes) of both
 * signs, near 0 and far out. A difference that simplifies to a nonzero number is a decisive
 * false; too few points where both have a value is "could not decide", never false. The
 * verdict says which test decided; assert takes only a true one.
 */
final class Same {
    static final int POINTS = 24, ENOUGH = 6;
    private static final double[] SCALES = {3, 0.01, 30, 0.3, 1, 300};
    private static final double TOL = 1e-9, NOISE = 64;

    private Same() {}

    /** The three answers: equal, different, or could not decide (never a "false" that only means "no evidence"). */
    enum Answer { TRUE, FALSE, UNDECIDED }

    record Verdict(Answer answer, String reason) implements Values.Shown {
        Verdict(boolean equal, String reason) { this(equal ? Answer.TRUE : Answer.FALSE, reason); }

        /** Whether the two are equal; assert same(...) fails on false and on could-not-decide alike. */
        boolean equal() { return answer == Answer.TRUE; }

        @Override public String show() {
            return (answer == Answer.UNDECIDED ? "could not decide" : equal() ? "true" : "false") + ": " + reason;
        }
        @Override public Object attr(String name) {
            return name.equals("ok") ? (Object) equal() : name.equals("reason") ? reason : name.equals("decided")
                    ? (Object) (answer != Answer.UNDECIDED) : null;
        }
    }

    static Verdict decide(Expr e1, Expr e2) {
        if (e1 == e2) return new Verdict(true, "they are the same expression");
        Expr diff = Simplifier.simplify(Builder.RAW.sub(e1, e2));
        if (diff instanceof Num n && n.isZero())
            return new Verdict(true, "their difference simplifies to 0" + sample(e1, e2).domains());
        if (diff instanceof Num n)
            return new Verdict(false, "their difference simplifies to the number " + NumFormat.format(n));
        Sample s = sample(e1, e2);
        if (s.differ != null)
            return new Verdict(false, "at " + show(s.differ) + " the first is " + NumFormat.table(s.v1)
                    + " and the second is " + NumFormat.table(s.v2));
        if (s.agreed < ENOUGH)
            return new Verdict(Answer.UNDECIDED,
                    "their difference does not simplify to 0, and they both have a value at only "
                + s.agreed + " of the " + s.tried + " points tried" + s.domains());
        return new Verdict(true, "they agree at " + s.agreed
                + " random points, near 0 and far out, of both signs (their difference does not simplify to 0)"
                + s.domains());
    }

    /**
     * What the random points showed: how many of those tried gave both a value and agreed, the
     * first point where they differ (and the two values), and a point where only the first or
     * only the second has a value (their domains differ there).
     */
    private record Sample(int agreed, int tried, Map<Expr.Sym, Double> differ, double v1, double v2,
                          Map<Expr.Sym, Double> onlyFirst, Map<Expr.Sym, Double> onlySecond) {

        /** Where the two are defined, when the points showed it is not alike: " (where both have a value; at {x: -1} only the second has one)". */
        String domains() {
            if (onlyFirst == null && onlySecond == null) return "";
            String first = onlyFirst == null ? "" : "at " + show(onlyFirst) + " only the first has one";
            String second = onlySecond == null ? "" : "at " + show(onlySecond) + " only the second has one";
            return " (where both have a value; " + first + (onlyFirst != null && onlySecond != null ? ", " : "")
                    + second + ")";
        }
    }

    private static Sample sample(Expr e1, Expr e2) {
        Dag d1 = new Dag(e1), d2 = new Dag(e2);
        List<Expr.Sym> syms = new ArrayList<>(d1.symbols());
        for (Expr.Sym s : d2.symbols()) if (!syms.contains(s)) syms.add(s);
        Tape t1 = Tape.compile(e1, syms), t2 = Tape.compile(e2, syms);
        Random random = new Random(42);
        int agreed = 0, tries = 0;
        Map<Expr.Sym, Double> onlyFirst = null, onlySecond = null;
        for (; tries < POINTS * 20 && agreed < POINTS; tries++) {
            Map<Expr.Sym, Double> p = point(syms, random, SCALES[tries % SCALES.length]);
            double v1 = value(t1, p), v2 = value(t2, p);
            boolean has1 = Double.isFinite(v1), has2 = Double.isFinite(v2);
            if (has1 && !has2 && onlyFirst == null) onlyFirst = p;
            if (has2 && !has1 && onlySecond == null) onlySecond = p;
            if (!has1 || !has2) continue;     // outside a domain (log of a negative): no evidence
            if (differ(e1, e2, p, v1, v2)) return new Sample(agreed, tries + 1, p, v1, v2, onlyFirst, onlySecond);
            agreed++;
        }
        return new Sample(agreed, tries, null, 0, 0, onlyFirst, onlySecond);
    }

    /**
     * Whether v1 and v2 differ by more than rounding explains: beyond TOL, and beyond a few ulps
     * of the largest value met on the way, which a cancellation leaves as noise (cosh(x)**2 -
     * sinh(x)**2 at x = 11.31 is 1.000000477 in doubles, its terms near 1.6e9).
     */
    private static boolean differ(Expr e1, Expr e2, Map<Expr.Sym, Double> p, double v1, double v2) {
        if (Check.error(v1, v2) <= TOL) return false;
        double largest = 0;
        for (Expr e : List.of(e1, e2))
            for (double v : Tape.everyNode(e, p::get)[0])
                if (Double.isFinite(v)) largest = Math.max(largest, Math.abs(v));
        return Math.abs(v1 - v2) > NOISE * Math.ulp(largest);
    }

    /** A point with each coordinate of either sign and of the given magnitude (near 0, moderate, far out), to four significant digits. */
    private static Map<Expr.Sym, Double> point(List<Expr.Sym> syms, Random random, double scale) {
        Map<Expr.Sym, Double> p = new LinkedHashMap<>();
        for (Expr.Sym s : syms) {
            double v = scale * (0.1 + random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
            p.put(s, Double.parseDouble(String.format(java.util.Locale.ROOT, "%.4g", v)));
        }
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
        p.forEach((s, v) -> sb.append(sb.length() > 1 ? ", "
                : "").append(s.name()).append(": ").append(NumFormat.table(v)));
        return sb.append('}').toString();
    }
}
