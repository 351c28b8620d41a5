package gd.teach;

import gd.diff.Derivative;
import gd.eval.Args;
import gd.expr.Builder;
import gd.expr.Expr;
import gd.expr.Fn;
import gd.simplify.Simplifier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * explain(e, x): the derivation of d(e, x), step by step. The steps are reported by the very
 * recursion that computes d (Derivative's Steps hook) and the rewrites by the simplifier that
 * d uses (its Rewrites trace), so the explanation cannot disagree with the answer; the last
 * line is the answer itself, printed as d's result would be in the chosen notation.
 */
final class Explain {
    private static final Expr.Sym U = Expr.sym("u"), V = Expr.sym("v"), DU = Expr.sym("du");
    private static final Set<String> LEAVES = Set.of("constant", "the variable itself", "another symbol (a constant here)");

    private Explain() {}

    static Object call(Args a) {
        a.expect(2, 2, "raw", "notation");
        Expr e = a.expr(0);
        Expr.Sym x = Points.symbol(a, 1, "explain");
        Function<Expr, String> show = Points.notation(a, Infix::print);
        for (String line : lines(e, x, a.flag("raw", false), show)) a.out().line(line);
        return null;
    }

    /** The explanation's lines; the last is the printed derivative. */
    static List<String> lines(Expr e, Expr.Sym x, boolean raw, Function<Expr, String> show) {
        List<String> out = new ArrayList<>();
        String dx = "d/d" + x.name();
        out.add(dx + " of " + show.apply(e) + (raw ? ", by the seed's rules, unsimplified:" : ":"));
        Set<String> told = new HashSet<>();
        int[] n = {0};
        Derivative.Steps steps = (rule, sub, derivative) -> {
            boolean first = told.add(rule);
            if (!first && LEAVES.contains(rule)) return;     // a leaf rule once is enough: again and again it only clutters
            String formula = first ? formula(rule, x) : "";
            out.add(String.format("  %2d. %s%s", ++n[0], rule, formula.isEmpty() ? "" : ",  " + formula));
            out.add("      " + dx + " " + operand(sub, show) + " = " + show.apply(derivative));
        };
        Expr result = raw ? Derivative.raw(e, x, steps) : Derivative.tidy(e, x, steps);
        if (!raw) result = simplified(result, show, out);
        out.add(show.apply(result));
        return out;
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

    /** The rule as a formula in u and v, shown the first time it is used; the chain rule's comes from Fn.outer, as d's does. */
    private static String formula(String rule, Expr.Sym x) {
        if (rule.startsWith("chain rule through ")) {
            Fn fn = Fn.byName(rule.substring("chain rule through ".length()));
            return "d " + fn.fnName() + "(u) = " + Infix.print(Builder.RAW.mul(fn.outer(U, Builder.RAW), DU));
        }
        switch (rule) {
            case "constant": return "d c = 0";
            case "the variable itself": return "d" + x.name() + "/d" + x.name() + " = 1";
            case "another symbol (a constant here)": return "d y/d" + x.name() + " = 0 for any symbol y other than " + x.name();
            case "sum": return "d(u + v) = du + dv";
            case "difference": return "d(u - v) = du - dv";
            case "product": return "d(u*v) = du*v + u*dv";
            case "quotient": return "d(u/v) = du/v - u*dv/v**2";
            case "power, constant exponent": return "d(u**n) = n*u**(n - 1)*du";
            case "general power": return "d(u**v) = v*u**(v - 1)*du + log(u)*u**v*dv";
            default: return "";
        }
    }
}
