package gd.lib;

import gd.ast.GdError;
import gd.diff.Derivative;
import gd.eval.Args;
import gd.eval.Builtin;
import gd.eval.Env;
import gd.eval.Library;
import gd.eval.Val;
import gd.eval.Values;
import gd.expr.Builder;
import gd.expr.Expr;
import gd.expr.Fn;
import gd.expr.Num;
import gd.expr.Op;
import gd.simplify.Simplifier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The calculus built-ins: d, val, simplify, size, and one built-in for each function of {@link Fn}. */
public final class CalcLib implements Library {

    @Override public List<Builtin> builtins() {
        List<Builtin> all = new ArrayList<>(List.of(
            new Builtin("d", "d(e, x, raw=false) or d(e, x, n)",
                    "the derivative of e with respect to the symbol x, simplified: "
                    + "d(x**2 + x*y, x) is (+ (* 2 x) y); d(e, x, 2) is the second derivative; raw=true gives the "
                    + "seed's unsimplified form",
                    CalcLib::d),
            new Builtin("val", "val(e) or val(e, {x: 2, y: 3})",
                    "the number e stands for, with the symbols' values from the dict, or the parameters' current "
                            + "values: val(x*y, {x: 2, y: 3}) is 6", CalcLib::val),
            new Builtin("simplify", "simplify(e)", "e as a teacher would write it: simplify(x + x + 0) is (* 2 x)",
                    a -> Simplifier.simplify(a.expect(1, 1).expr(0))),
            new Builtin("size", "size(e)", "the number of nodes in e's printed tree: size(x + 1) is 3",
                    a -> Num.of(a.expect(1, 1).expr(0).size()))));
        for (Fn fn : Fn.values()) if (fn.arity() == 1) all.add(function(fn));
        all.add(new Builtin("where", "where(c, a, b)", Fn.WHERE.note() + "; where(x > 0, x, 0) is relu(x)",
                CalcLib::where));
        return all;
    }

    private static Object d(Args a) {
        a.expect(2, 3, "raw");
        Expr e = a.expr(0);
        Expr.Sym x = symbol(a, 1);
        int n = a.size() == 3 ? order(a, 2) : 1;
        boolean raw = a.flag("raw", false);
        for (int k = 0; k < n; k++) e = raw ? Derivative.raw(e, x) : derivative(e, x);
        return e;
    }

    /** d(e, x) as d shows it: the tidy derivative, simplified. */
    static Expr derivative(Expr e, Expr.Sym x) { return Simplifier.simplify(Derivative.tidy(e, x)); }

    /** How many times to differentiate (or how many terms): a whole number from 0 to 100. */
    static int order(Args a, int i) {
        if (a.get(i) instanceof Num n && n.isInteger() && n.signum() >= 0 && n.numerator().bitLength() < 8
                && n.numerator().intValue() <= 100)
            return n.numerator().intValue();
        throw a.errorAt(i, "the order is a whole number from 0 to 100, got " + Values.describe(a.get(i)));
    }

    /** The symbol a call names as its variable: a symbol, or a string naming one (the seed writes d(e, "x")). */
    static Expr.Sym symbol(Args a, int i) {
        Object v = a.get(i);
        if (v instanceof Expr.Sym s) return s;
        if (v instanceof String s && s.matches("[A-Za-z_][A-Za-z_0-9]*")) return Expr.sym(s);
        throw a.errorAt(i, "d differentiates with respect to a symbol (like x, declared with 'params x'), not "
                + Values.describe(v));
    }

    /** From this many nodes (a loss over data, a network), val at the parameters' values runs the loss's tape, which a loop keeps compiled. */
    private static final long BIG = 50_000;

    /**
     * e's value by its tape: the same operations in the same order as Val on doubles, so the same
     * number; null when e has a symbol that is not a parameter or the value is not finite (Val then
     * says why, in its words).
     */
    private static Num byTape(Expr e, Env env) {
        gd.grad.Layout layout = gd.grad.Tapes.layout(e);
        List<Expr.Sym> params = layout.params(env.params().keySet());
        if (params.size() != layout.symbols().size()) return null;
        double[] at = new double[params.size()];
        for (int i = 0; i < at.length; i++) at[i] = env.param(params.get(i)).doubleValue();
        gd.grad.Tape tape = gd.grad.Tapes.tape(e, params);
        double v;
        synchronized (tape) { v = tape.evaluate(at, null); }
        return Double.isFinite(v) ? Num.of(v) : null;
    }

    private static Object val(Args a) {
        a.expect(1, 2);
        Expr e = a.expr(0);
        if (a.size() == 1) {
            Env env = a.env();
            Num fast = e.size() >= BIG ? byTape(e, env) : null;
            return fast != null ? fast : Val.of(e, env::param);
        }
        if (!(a.get(1) instanceof Map<?, ?> dict))
            throw a.errorAt(1, "val's environment is a dict like {x: 2, y: 3}, got "
                + Values.describe(a.get(1)));
        Map<Expr.Sym, Num> values = new HashMap<>();
        for (Map.Entry<?, ?> entry : dict.entrySet()) {
            Expr.Sym key = entry.getKey() instanceof Expr.Sym s ? s : entry.getKey() instanceof String s ? Expr.sym(s) : null;
            if (key == null) throw a.errorAt(1, "val's environment maps symbols to numbers; the key "
                    + Values.show(entry.getKey()) + " is not a symbol");
            if (!(entry.getValue() instanceof Num n))
                throw a.errorAt(1, "the value of " + key + " must be a number, got "
                    + Values.describe(entry.getValue()));
            values.put(key, n);
        }
        try {
            Env env = a.env();          // a symbol the dict does not name has its parameter value, if it is one
            return Val.of(e, s -> values.containsKey(s) ? values.get(s) : env.param(s));
        } catch (GdError err) {
            String hint = err.reason() == GdError.Reason.UNVALUED ? " (the environment gives " + Values.show(dict) + ")" : "";
            throw a.error(err.getMessage() + hint);
        }
    }

    private static Builtin function(Fn fn) {
        String name = fn.fnName(), note = fn.note();
        String help = "the function " + name + ": a number on a number, an expression on an expression: " + name
                + "(x) is (" + name + " x)"
                + (note.isEmpty() ? "" : "; " + note);
        if (fn == Fn.LOG)
            return new Builtin(name, "log(e) or log(e, base)", help + "; log(x, b) is log(x)/log(b)", a -> log(a));
        return new Builtin(name, name + "(e)", help, a -> function(fn, a));
    }

    /** A number or true/false for c picks a or b now, as 'a if c else b' does; an expression for c builds the node. */
    private static Object where(Args a) {
        a.expect(3, 3);
        Object c = a.get(0);
        if (c instanceof Boolean b) return a.get(b ? 1 : 2);
        if (c instanceof Num n) return a.get(!n.isZero() ? 1 : 2);
        if (!(c instanceof Expr cond))
            throw a.errorAt(0, "where's condition is a comparison (x > 0), an expression or a number, not "
                    + Values.describe(c));
        List<Expr> args = new ArrayList<>(List.of(cond));
        for (int i = 1; i < 3; i++) {
            Object v = a.get(i) instanceof Boolean b ? Num.of(b ? 1 : 0) : a.get(i);
            if (!(v instanceof Expr e))
                throw a.errorAt(i, "where's sides must be numbers or expressions, not " + Values.describe(v));
            args.add(e);
        }
        return Builder.RAW.call(Fn.WHERE, args);
    }

    /** log(x) is the natural logarithm; log(x, b) is log(x)/log(b), built as that quotient, so that d and simplify need nothing new. */
    private static Object log(Args a) {
        a.expect(1, 2);
        if (a.size() == 1) return function(Fn.LOG, a);
        // log(2) stays log(2) beside a symbol
        Expr quotient = Expr.bin(Op.DIV, Expr.call(Fn.LOG, a.expr(0)), Expr.call(Fn.LOG, a.expr(1)));
        return a.get(0) instanceof Num && a.get(1) instanceof Num ? Val.of(quotient, s -> null) : quotient;
    }

    private static Object function(Fn fn, Args a) {
        a.expect(1, 1);
        if (a.get(0) instanceof Num n && fn == Fn.ABS && n.isExact())
            return fn.exactAt(n);    // as Python's abs: an int stays an int
        if (a.get(0) instanceof Num n) return Val.of(Expr.call(fn, n), s -> null);
        return Builder.RAW.call(fn, a.expr(0));
    }
}
