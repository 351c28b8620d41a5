package gd.teach;

import gd.ast.GdError;
import gd.ast.Span;
import gd.diff.Derivative;
import gd.eval.Val;
import gd.eval.Values;
import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.NumFormat;
import gd.grad.Tape;
import gd.simplify.Simplifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * check(e, {x: 1.5, y: 2}): a gradient check. For every symbol of e, three independent numbers:
 * the symbolic derivative's value (or a derivative the user gives with grad={x: ...}), the
 * reverse-mode gradient (the Tape that train and grad use, so that check tests it), and a central
 * finite difference; a row whose relative error passes the tolerance is flagged. The result is
 * true when every row agrees, so `assert check(...)` works in a worksheet.
 */
final class Check {
    static final double DEFAULT_TOL = 1e-6;

    private Check() {}

    /** One symbol's row: the derivative to test, the two references, and whether they agree. */
    record Row(Expr.Sym symbol, double tested, double reverse, double numeric, double tol) {
        double errReverse() { return error(tested, reverse); }
        double errNumeric() { return error(tested, numeric); }
        boolean ok() { return errReverse() <= tol && errNumeric() <= tol; }
    }

    /** check's options, read: the point has every symbol's value; complaints about it go under where. */
    record Spec(Expr e, Map<Expr.Sym, Num> point, Map<Expr.Sym, Expr> tested, double tol, Span where,
            boolean unicode) {}

    static Report run(Spec s) {
        Expr e = s.e();
        Dag dag = new Dag(e);
        definedAt(s, e, Infix.print(e));
        for (Expr.Sym x : dag.symbols()) if (!s.tested().containsKey(x))
            definedAt(s, Simplifier.simplify(Derivative.tidy(e, x)),
                    "the derivative of " + Infix.print(e) + " by " + x.name());
        List<Row> rows = rows(e, dag, s.point(), s.tested(), s.tol());
        return new Report(e, s.point(), rows, !s.tested().isEmpty(), s.unicode());
    }

    /** A check at a point outside the domain compares nans; say so in the user's terms instead. */
    private static void definedAt(Spec s, Expr e, String what) {
        try {
            if (Double.isNaN(Val.of(e, s.point()::get).doubleValue()))
                throw GdError.run("its value is nan (not a number)");
        } catch (GdError err) {
            throw GdError.run(s.where(), what + " is not defined at " + Values.show(s.point()) + ": "
                    + err.getMessage());
        }
    }

    static List<Row> rows(Expr e, Dag dag, Map<Expr.Sym, Num> point, Map<Expr.Sym, Expr> tested, double tol) {
        List<Expr.Sym> syms = dag.symbols();
        Tape tape = Tape.compile(e, syms);
        double[] at = new double[syms.size()], reverse = new double[syms.size()];
        for (int i = 0; i < at.length; i++) at[i] = point.get(syms.get(i)).doubleValue();
        tape.evaluate(at, reverse);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < syms.size(); i++) {
            Expr.Sym s = syms.get(i);
            Expr d = tested.containsKey(s) ? tested.get(s) : Simplifier.simplify(Derivative.tidy(e, s));
            double symbolic = Val.of(d, point::get).doubleValue();
            rows.add(new Row(s, symbolic, reverse[i], central(tape, at, i), tol));
        }
        return rows;
    }

    /** (f(x + h) - f(x - h)) / 2h in the i-th symbol, with h scaled to x so that rounding and truncation balance; f by the tape's forward pass. */
    private static double central(Tape tape, double[] point, int i) {
        double x = point[i], h = 1e-5 * Math.max(1, Math.abs(x));
        double[] at = point.clone();
        at[i] = x + h;
        double up = tape.evaluate(at, null);
        at[i] = x - h;
        double down = tape.evaluate(at, null);
        return (up - down) / ((x + h) - (x - h));
    }

    /** Relative error, absolute below 1 (so that a derivative of 0 can be checked). */
    static double error(double a, double b) {
        if (a == b) return 0;
        double diff = Math.abs(a - b);
        return Double.isNaN(diff) ? Double.POSITIVE_INFINITY : diff / Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** The printed table; true (for assert) when every row agrees. */
    record Report(Expr e, Map<Expr.Sym, Num> point, List<Row> rows, boolean given,
            boolean unicode) implements Values.Shown {
        public boolean ok() { return rows.stream().allMatch(Row::ok); }

        @Override public String show() {
            StringBuilder sb = new StringBuilder("gradient check of " + Infix.print(e) + " at " + Values.show(point) + "\n");
            sb.append(String.format("  %-8s %-18s %-18s %-18s %-10s %-10s%n", "symbol", given ? "given" : "symbolic d",
                    "reverse mode",
                    "finite diff.", "err rev.", "err fin."));
            for (Row r : rows)
                sb.append(String.format("  %-8s %-18s %-18s %-18s %-10s %-10s %s%n", r.symbol().name(),
                        NumFormat.table(r.tested()),
                        NumFormat.table(r.reverse()), NumFormat.table(r.numeric()), err(r.errReverse()),
                                err(r.errNumeric()),
                        r.ok() ? "ok" : (unicode ? "✗" : "X") + " disagrees"));
            long bad = rows.stream().filter(r -> !r.ok()).count();
            double tol = rows.isEmpty() ? DEFAULT_TOL : rows.get(0).tol();
            sb.append(bad == 0 ? "all agree within " + NumFormat.table(tol)
                    : bad + " of " + rows.size() + " disagree beyond " + NumFormat.table(tol)
                    + (given ? ": the given derivative looks wrong" : ""));
            return sb.toString().replaceAll(" +\n", "\n");
        }

        private static String err(double v) {
            return v == 0 ? "0" : !Double.isFinite(v) ? NumFormat.table(v)
                    : String.format(java.util.Locale.ROOT, "%.1e", v);
        }

        @Override public Object attr(String name) { return name.equals("ok") ? (Object) ok() : null; }
    }
}
