package gd.lib;

import gd.eval.Args;
import gd.eval.Builtin;
import gd.eval.Library;
import gd.eval.Values;
import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.Tidy;
import gd.simplify.Simplifier;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The helpers of a calculus course, built on d: gradient, hessian and jacobian (over the declared
 * parameters that occur, or a given list of symbols), subs, taylor and tangent. Results are
 * simplified and exact where the input is: taylor(exp(x), x, 0, 3) has the coefficient 1/6, not
 * 0.1666...
 */
public final class CourseLib implements Library {

    @Override public List<Builtin> builtins() {
        return List.of(
            new Builtin("gradient", "gradient(e) or gradient(e, [x, y])",
                "the list of e's derivatives, one per variable: the declared parameters that occur in e, in the order "
                + "they were declared, or the symbols given: gradient(x**2*y, [x, y]) is [2*x*y, x**2]",
                CourseLib::gradient),
            new Builtin("hessian", "hessian(e) or hessian(e, [x, y])",
                "the matrix (a list of rows) of e's second derivatives, over the same variables as gradient: "
                + "hessian(x**2*y, [x, y]) is [[2*y, 2*x], [2*x, 0]]", CourseLib::hessian),
            new Builtin("jacobian", "jacobian([f, g]) or jacobian([f, g], [x, y])",
                "the matrix whose rows are the gradients of f, g, ..., over the parameters that occur in any of them, "
                + "or the symbols given: jacobian([x*y, x + y], [x, y]) is [[y, x], [1, 1]]", CourseLib::jacobian),
            new Builtin("subs", "subs(e, {x: 2*y})",
                "e with each symbol the dict names replaced by its value (a number or an expression), simplified; val "
                + "gives a number instead: subs(x**2 + 1, {x: 2*y}) is 4*y**2 + 1", CourseLib::subs),
            new Builtin("taylor", "taylor(e, x, a, n)",
                "the Taylor polynomial of e in x about a, up to (x - a)**n, with exact coefficients: taylor(exp(x), "
                + "x, 0, 3) is 1 + x + x**2/2 + x**3/6", CourseLib::taylor),
            new Builtin("tangent", "tangent(e, x, a)",
                "the tangent line to e at x = a, that is e(a) + e'(a)*(x - a): tangent(x**2, x, 3) is 6*x - 9",
                CourseLib::tangent));
    }

    private static Object gradient(Args a) {
        a.expect(1, 2);
        Expr e = a.expr(0);
        return list(gradientOf(e, variables(a, List.of(e))));
    }

    private static Object hessian(Args a) {
        a.expect(1, 2);
        Expr e = a.expr(0);
        List<Expr.Sym> xs = variables(a, List.of(e));
        List<Object> rows = new ArrayList<>();
        for (Expr.Sym x : xs) rows.add(list(gradientOf(CalcLib.derivative(e, x), xs)));
        return list(rows);
    }

    private static Object jacobian(Args a) {
        a.expect(1, 2);
        List<Expr> fs = new ArrayList<>();
        for (Object f : a.list(0)) {
            if (f instanceof Expr e) fs.add(e);
            else throw a.errorAt(0, "jacobian takes a list of expressions, like [x*y, x + y]; it holds "
                    + Values.describe(f));
        }
        List<Expr.Sym> xs = variables(a, fs);
        List<Object> rows = new ArrayList<>();
        for (Expr f : fs) rows.add(list(gradientOf(f, xs)));
        return list(rows);
    }

    private static List<Object> gradientOf(Expr e, List<Expr.Sym> xs) {
        List<Object> g = new ArrayList<>();
        for (Expr.Sym x : xs) g.add(CalcLib.derivative(e, x));
        return g;
    }

    /** The variables: the list given as argument 1, else the declared parameters occurring in any of es. */
    private static List<Expr.Sym> variables(Args a, List<Expr> es) {
        if (a.size() > 1) {
            List<Expr.Sym> xs = new ArrayList<>();
            for (int i = 0; i < a.list(1).size(); i++) xs.add(symbolIn(a, a.list(1).get(i)));
            return xs;
        }
        List<Expr.Sym> xs = new ArrayList<>();
        java.util.Set<Expr.Sym> found = Substitution.symbols(es);
        for (Expr.Sym p : a.env().params().keySet()) if (found.contains(p)) xs.add(p);
        if (xs.isEmpty())
            throw a.errorAt(0, "no declared parameter occurs here; declare the variables ('params x y') or give them: "
                    + a.fnName() + "(e, [x, y])");
        return xs;
    }

    private static Expr.Sym symbolIn(Args a, Object v) {
        if (v instanceof Expr.Sym s) return s;
        throw a.errorAt(1, "the variables are a list of symbols, like [x, y]; it holds " + Values.describe(v));
    }

    private static Object subs(Args a) {
        a.expect(2, 2);
        if (!(a.get(1) instanceof Map<?, ?> dict))
            throw a.errorAt(1, "subs takes a dict of replacements, like {x: 2*y}, got " + Values.describe(a.get(1)));
        Map<Expr.Sym, Expr> with = new LinkedHashMap<>();
        for (Map.Entry<?, ?> en : dict.entrySet()) {
            if (!(en.getKey() instanceof Expr.Sym s))
                throw a.errorAt(1, "subs replaces symbols; the key " + Values.show(en.getKey()) + " is not one");
            if (!(en.getValue() instanceof Expr v))
                throw a.errorAt(1, "the replacement for " + s.name() + " must be a number or an expression, got "
                        + Values.describe(en.getValue()));
            with.put(s, v);
        }
        return Simplifier.simplify(Substitution.apply(a.expr(0), with));
    }

    /**
     * sum over k = 0..n of e^(k)(a) / k! * (x - a)**k, with exact coefficients, written as a teacher
     * writes it: in rising powers of (x - a), each term simplified on its own (a simplified sum
     * would be reordered or factored), a negative coefficient as a subtraction.
     */
    private static Object taylor(Args a) {
        a.expect(4, 4);
        Expr e = a.expr(0), at = a.expr(2);
        Expr.Sym x = CalcLib.symbol(a, 1);
        int n = CalcLib.order(a, 3);
        Tidy t = Tidy.INSTANCE;
        Expr sum = Num.ZERO, dk = e, shift = Simplifier.simplify(t.sub(x, at));
        BigInteger factorial = BigInteger.ONE;
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                dk = CalcLib.derivative(dk, x);
                factorial = factorial.multiply(BigInteger.valueOf(k));
            }
            Expr c = Simplifier.simplify(t.div(value(dk, x, at), Num.of(factorial)));
            boolean negative = c instanceof Num num && num.signum() < 0;
            Expr term = Simplifier.simplify(t.mul(negative ? ((Num) c).negate() : c, t.pow(shift, Num.of(k))));
            sum = negative ? t.sub(sum, term) : t.add(sum, term);
        }
        return sum;
    }

    private static Object tangent(Args a) {
        a.expect(3, 3);
        Expr e = a.expr(0), at = a.expr(2);
        Expr.Sym x = CalcLib.symbol(a, 1);
        Tidy t = Tidy.INSTANCE;
        Expr slope = value(CalcLib.derivative(e, x), x, at);
        return Simplifier.simplify(t.add(value(e, x, at), t.mul(slope, t.sub(x, at))));
    }

    /** e at x = a, exactly where it can be (sin(0) is 0; sin(1) stays sin(1)). */
    private static Expr value(Expr e, Expr.Sym x, Expr a) {
        return Simplifier.simplify(Substitution.apply(e, Map.of(x, a)));
    }

    private static List<Object> list(List<Object> items) { return Collections.unmodifiableList(new ArrayList<>(items)); }
}
