package gd.simplify;

import gd.expr.Expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Simplifies an expression to what a teacher would write: first the local rules of
 * {@link Rules} bottom-up (add zero, multiply by 1, fold constants, ...), then the polynomial
 * canonicalizer {@link Canon} (flatten, collect like terms, combine like factors, expand where
 * that is not larger). The result never has more nodes than the input, and simplifying it again
 * changes nothing.
 */
public final class Simplifier {
    private static final int CAP = 64, PASSES = 4;

    private Simplifier() {}

    public static Expr simplify(Expr e) { return simplify(e, null); }

    /** As {@link #simplify(Expr)}, reporting each rewrite to trace (which may be null). */
    public static Expr simplify(Expr e, Rewrites trace) { return simplify(e, trace, new Work()); }

    /** The steps simplifying e takes (nodes compared, terms visited): how a test tells linear from quadratic. */
    static long steps(Expr e) {
        Work work = new Work();
        simplify(e, null, work);
        return work.steps();
    }

    /**
     * Passes until nothing changes (at most PASSES): a subtree kept as it was, flattened into its
     * parent, can make a sum or product that is canonical as a whole only in the next pass.
     */
    private static Expr simplify(Expr e, Rewrites trace, Work work) {
        Expr cur = e;
        for (int i = 0; i < PASSES; i++) {
            Expr next = pass(cur, trace, work);
            if (next == cur) break;
            cur = next;
        }
        return cur;
    }

    private static Expr pass(Expr e, Rewrites trace, Work work) {
        List<Rewrite> local = new ArrayList<>();
        Rewrites sink = trace == null ? null : (rule, before, after) -> local.add(new Rewrite(rule, before, after));
        List<Rule> rules = new ArrayList<>();
        for (Rule r : Rules.LOCAL) rules.add(Strategies.traced(r, sink));
        Expr tidy = Strategies.bottomUp(Strategies.exhaust(Strategies.firstOf(rules), CAP)).apply(e);
        Canon canon = new Canon(tidy, work);
        Expr canonical = canon.simplify(tidy);
        Expr result = canonical.size() <= tidy.size() ? canonical : tidy;
        if (result.size() > e.size()) return e;
        if (trace != null) {
            for (Rewrite s : local) trace.rewrote(s.rule, s.before, s.after);
            if (result != tidy) trace.rewrote(name(canon), tidy, result);
        }
        return result;
    }

    private static String name(Canon canon) {
        List<String> names = new ArrayList<>();
        for (Step s : canon.steps) names.add(s.text);
        return names.isEmpty() ? "standard form" : String.join(", ", names);
    }

    private record Rewrite(String rule, Expr before, Expr after) {}
}
