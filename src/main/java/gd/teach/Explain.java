package gd.teach;

import gd.diff.Derivative;
import gd.diff.DiffRule;
import gd.expr.Expr;
import gd.expr.Fn;
import gd.expr.Num;
import gd.simplify.Simplifier;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * explain(e, x): the derivation of d(e, x), step by step. The steps are reported by the very
 * recursion that computes d (Derivative's Steps hook) and the rewrites by the simplifier that
 * d uses (its Rewrites trace), so the explanation cannot disagree with the answer; the last
 * line is the answer itself, printed as d's result would be in the chosen notation.
 */
final class Explain {

    private Explain() {}

    /** One application of a rule, as the recursion that computes d reports it. */
    private record Step(DiffRule rule, Fn fn, Expr e, Expr derivative) {}

    /**
     * The explanation's lines; the last is the printed derivative. The recursion reports its
     * steps innermost first; they are told here from the outside in, as a student writes them:
     * the rule at the root, then the steps it needs, skipping what a rule does not differentiate
     * (a constant factor, an exponent) and telling a leaf rule once.
     */
    static List<String> lines(Expr e, Expr.Sym x, boolean raw, Function<Expr, String> show) {
        List<String> out = new ArrayList<>();
        String dx = "d/d" + x.name();
        out.add(dx + " of " + show.apply(e) + (raw ? ", by the seed's rules, unsimplified:" : ":"));
        Map<Expr, Step> steps = new IdentityHashMap<>();
        Derivative.Steps record = (rule, fn, sub, derivative) -> steps.put(sub, new Step(rule, fn, sub, derivative));
        Expr result = raw ? Derivative.raw(e, x, record) : Derivative.tidy(e, x, record);
        tell(e, steps, x, show, out);
        if (!raw) result = simplified(result, show, out);
        out.add(show.apply(result));
        return out;
    }

    private static void tell(Expr root, Map<Expr, Step> steps, Expr.Sym x, Function<Expr, String> show, List<String> out) {
        String dx = "d/d" + x.name();
        Set<String> told = new HashSet<>();
        Set<Expr> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Expr> todo = new ArrayDeque<>();
        todo.push(root);
        int n = 0;
        while (!todo.isEmpty()) {
            Step s = steps.get(todo.pop());
            if (s == null || !seen.add(s.e)) continue;
            String title = s.rule.title(s.fn);
            boolean first = told.add(title);
            if (first || !s.rule.isLeaf()) {
                out.add(String.format("  %2d. %s%s", ++n, title, first ? ",  " + formula(s, x, show) : ""));
                out.add("      " + dx + " " + operand(s.e, show) + " = " + show.apply(s.derivative));
            }
            List<Expr> next = differentiated(s, steps);
            for (int i = next.size() - 1; i >= 0; i--) todo.push(next.get(i));
        }
    }

    /** The subexpressions whose derivatives the step's rule uses: not a constant factor, a constant divisor or an exponent. */
    private static List<Expr> differentiated(Step s, Map<Expr, Step> steps) {
        List<Expr> args = s.e.args();
        return switch (s.rule) {
            case POWER -> List.of(args.get(0));
            case NEGATION -> List.of(args.get(1));
            case CONSTANT_MULTIPLE, CONSTANT_DIVISOR -> args.stream().filter(a -> !zero(steps.get(a))).toList();
            default -> args;
        };
    }

    private static boolean zero(Step s) { return s != null && s.derivative instanceof Num n && n.isZero(); }

    private static String formula(Step s, Expr.Sym x, Function<Expr, String> show) {
        DiffRule.Formula f = s.rule.formula(x, s.fn);
        if (s.rule == DiffRule.VARIABLE) return "d" + show.apply(x) + "/d" + show.apply(x) + " = 1";
        if (s.rule == DiffRule.OTHER_SYMBOL) return "d" + show.apply(f.operand()) + "/d" + show.apply(x) + " = 0 for a symbol other than " + show.apply(x);
        if (s.rule == DiffRule.CONSTANT) return "d" + show.apply(f.operand()) + " = 0 for a number";
        return "d(" + show.apply(f.operand()) + ") = " + show.apply(f.derivative());
    }

    /** What d/dx applies to, in brackets when it is compound: "d/dx (x*y + x)", not "d/dx x*y + x". */
    private static String operand(Expr e, Function<Expr, String> show) {
        String s = show.apply(e);
        return e instanceof Expr.Apply && !enclosed(s) ? "(" + s + ")" : s;
    }

    /** Whether s is one bracketed whole, like an S-expression "(+ x 1)" (but not "(a + b)**2"). */
    private static boolean enclosed(String s) {
        if (!s.startsWith("(")) return false;
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(') depth++;
            else if (s.charAt(i) == ')' && --depth == 0) return i == s.length() - 1;
        }
        return false;
    }

    private static Expr simplified(Expr tidy, Function<Expr, String> show, List<String> out) {
        int before = out.size();
        out.add("simplify:");
        Expr result = Simplifier.simplify(tidy, (rule, from, to) -> {
            String was = show.apply(from), is = show.apply(to);
            if (!was.equals(is)) out.add("  " + rule + ":  " + was + "  →  " + is);  // a regrouping that prints alike teaches nothing
        });
        if (out.size() == before + 1) out.set(before, "simplify: nothing to do");
        out.add("so:");
        return result;
    }
}
