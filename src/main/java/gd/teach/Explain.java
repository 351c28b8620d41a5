package gd.teach;

import gd.diff.Derivative;
import gd.diff.DiffRule;
import gd.expr.Expr;
import gd.expr.Fn;
import gd.expr.Num;
import gd.expr.Tidy;
import gd.simplify.Simplifier;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * explain(e, x): the derivation of d(e, x), step by step. The steps are reported by the very
 * recursion that computes d (Derivative's Steps hook), each shown as that recursion's own rule
 * applied one level deep (Derivative.oneStep), and the rewrites by the simplifier that d uses
 * (its Rewrites trace), so the explanation cannot disagree with the answer; the last line is the
 * answer itself, printed as d's result would be in the chosen notation.
 */
final class Explain {

    private Explain() {}

    /** One application of a rule, as the recursion that computes d reports it. */
    private record Step(DiffRule rule, Fn fn, Expr e, Expr derivative) {}

    /** A step as told: the rule named, its right side, and the operands whose derivatives it leaves to later steps. */
    private record Told(DiffRule rule, String right, List<Expr> next) {}

    /** A run of constant factors, like -(u/2), told as one constant multiple: the factor, what it multiplies, the steps it took. */
    private record Scaled(Expr factor, Expr core, int steps) {}

    /**
     * The explanation's lines; the last is the printed derivative. The recursion reports its
     * steps innermost first; they are told here from the outside in, as a student writes them:
     * the rule at the root with "d/dx u" left for each operand that is not a leaf, then the steps
     * for those operands. A leaf (a number, a symbol) is not a step of its own, unless it is all of e.
     */
    static List<String> lines(Expr e, Expr.Sym x, boolean raw, Notation notation) {
        Voice v = new Voice(notation);
        List<String> out = new ArrayList<>();
        String dx = v.latex() ? "\\frac{d}{d" + v.show(x) + "}" : "d/d" + x.name();
        out.add(v.line(v.math(dx) + " of " + v.math(v.show(e)) + (raw ? ", by the seed's rules, unsimplified:" : ":")));
        Map<Expr, Step> steps = new IdentityHashMap<>();
        Derivative.Steps record = (rule, fn, sub, derivative) -> steps.put(sub, new Step(rule, fn, sub, derivative));
        Expr result = raw ? Derivative.raw(e, x, record) : Derivative.tidy(e, x, record);
        tell(e, steps, x, raw, v, out);
        if (!raw) result = simplified(result, v, out);
        out.add(v.show(result));
        return out;
    }

    private static void tell(Expr root, Map<Expr, Step> steps, Expr.Sym x, boolean raw, Voice v, List<String> out) {
        Set<String> named = new HashSet<>();
        Set<Expr> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Expr> todo = new ArrayDeque<>();
        todo.push(root);
        int n = 0;
        while (!todo.isEmpty()) {
            Expr e = todo.pop();
            Step s = steps.get(e);
            if (s == null || !seen.add(e)) continue;
            Told t = told(s, steps, x, raw, v, seen);
            String title = t.rule.title(s.fn);
            String formula = named.add(title) ? ",  " + formula(t.rule, s.fn, x, v) : "";
            out.add(v.line(String.format("  %2d. %s%s", ++n, v.words(title), formula)));
            out.add(v.line("      " + v.math(v.d(x, e, false) + " = " + t.right)));
            for (int i = t.next.size() - 1; i >= 0; i--) todo.push(t.next.get(i));
        }
    }

    /** The step's rule applied to e, with "d/dx u" for each operand u that needs a step of its own. */
    private static Told told(Step s, Map<Expr, Step> steps, Expr.Sym x, boolean raw, Voice v, Set<Expr> seen) {
        List<Expr> next = new ArrayList<>();
        Map<Expr, Expr> holes = new IdentityHashMap<>();
        Function<Expr, Expr> inner = u -> {
            Expr du = steps.get(u).derivative;          // the recursion differentiated every operand
            if (Tidy.isZero(du) || u instanceof Num || u instanceof Expr.Sym) return du;
            return holes.computeIfAbsent(u, k -> { next.add(k); return Expr.sym("⟨" + holes.size() + "⟩"); });
        };
        Scaled k = raw ? null : scaled(s, steps, seen);
        boolean merged = k != null && k.steps > 1, sum = !raw
                && (s.rule == DiffRule.SUM || s.rule == DiffRule.DIFFERENCE);
        Expr applied = merged ? Tidy.INSTANCE.mul(k.factor, inner.apply(k.core))
                : sum ? summed(s.e, true, steps, seen, inner) : Derivative.oneStep(s.e, x, raw, inner);
        String right = v.show(applied);
        for (Map.Entry<Expr, Expr> h : holes.entrySet())
            right = right.replace(v.show(h.getValue()), v.d(x, h.getKey(), true));
        return new Told(merged ? DiffRule.CONSTANT_MULTIPLE : s.rule, right, next);
    }

    /** Negations, constant factors and constant divisors nested in one another, taken together (the inner ones marked seen). */
    private static Scaled scaled(Step s, Map<Expr, Step> steps, Set<Expr> seen) {
        Tidy t = Tidy.INSTANCE;
        Num coefficient = Num.ONE;
        Expr up = Num.ONE, down = Num.ONE, core = s.e;     // the factor is coefficient*up/down: -3/y, not -1/y*3
        int n = 0;
        for (Step at = s; at != null && core instanceof Expr.Apply a && a.args().size() == 2; at = steps.get(core)) {
            Expr k;
            if (at.rule == DiffRule.NEGATION) { k = Num.MINUS_ONE; core = a.right(); }
            else if (at.rule == DiffRule.CONSTANT_DIVISOR && !Tidy.isZero(a.right())) {
                k = a.right() instanceof Num c ? Num.ONE.div(c) : null;
                if (k == null) down = t.mul(down, a.right());
                core = a.left();
            } else if (at.rule == DiffRule.CONSTANT_MULTIPLE
                    && zero(steps.get(a.left())) != zero(steps.get(a.right()))) {
                boolean left = zero(steps.get(a.left()));
                k = left ? a.left() : a.right();
                core = left ? a.right() : a.left();
            } else break;
            if (k instanceof Num c) coefficient = coefficient.mul(c);
            else if (k != null) up = t.mul(up, k);
            if (n++ > 0) seen.add(at.e);
        }
        return new Scaled(t.div(t.mul(coefficient, up), down), core, n);
    }

    /** A chain of sums and differences, a - b + c, told as one step: d/dx a - d/dx b + d/dx c (the inner links marked seen). */
    private static Expr summed(Expr e, boolean top, Map<Expr, Step> steps, Set<Expr> seen, Function<Expr, Expr> inner) {
        Step at = steps.get(e);
        boolean link = at != null && (at.rule == DiffRule.SUM || at.rule == DiffRule.DIFFERENCE)
                && e.args().size() == 2;
        if (!link || !top && !seen.add(e)) return inner.apply(e);
        Expr l = summed(e.args().get(0), false, steps, seen, inner);
        if (at.rule == DiffRule.DIFFERENCE) return Tidy.INSTANCE.sub(l, inner.apply(e.args().get(1)));
        return Tidy.INSTANCE.add(l, summed(e.args().get(1), false, steps, seen, inner));
    }

    private static boolean zero(Step s) { return s != null && Tidy.isZero(s.derivative); }

    private static String formula(DiffRule rule, Fn fn, Expr.Sym x, Voice v) {
        DiffRule.Formula f = rule.formula(x, fn);
        return switch (rule) {
            case VARIABLE -> v.math(v.ratio(x, x) + " = 1");
            case OTHER_SYMBOL -> v.math(v.ratio(f.operand(), x) + " = 0") + " for a symbol "
                    + v.math(v.show(f.operand()))
                    + " other than " + v.math(v.show(x));
            case CONSTANT -> v.math(v.ratio(f.operand(), x) + " = 0") + " for a number " + v.math(v.show(f.operand()));
            default -> v.math(v.differential(f.operand()) + " = " + v.show(f.derivative()));
        };
    }

    private static Expr simplified(Expr tidy, Voice v, List<String> out) {
        int before = out.size();
        out.add(v.line("simplify:"));
        Expr result = Simplifier.simplify(tidy, (rule, from, to) -> {
            String was = v.show(from), is = v.show(to);   // a regrouping that prints alike teaches nothing
            if (!was.equals(is))
                out.add(v.line("  " + v.words(rule) + ":  " + v.math(was) + "  " + v.words("→") + "  " + v.math(is)));
        });
        if (out.size() == before + 1) out.set(before, v.line("simplify: nothing to do"));
        out.add(v.line("so:"));
        return result;
    }
}
