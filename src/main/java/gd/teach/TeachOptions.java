package gd.teach;

import gd.eval.Args;
import gd.eval.Val;
import gd.eval.Values;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The glue of the teaching built-ins: their arguments (a symbol, a point {x: 1.5, y: 2}, a
 * notation, check's and graph's options) read once into plain values; below it, nothing in
 * teach sees {@link Args}.
 */
final class TeachOptions {
    private TeachOptions() {}

    static Expr.Sym symbol(Args a, int i, String fn) {
        Object v = a.get(i);
        if (v instanceof Expr.Sym s) return s;
        if (v instanceof String s && s.matches("[A-Za-z_][A-Za-z_0-9]*")) return Expr.sym(s);
        throw a.errorAt(i, fn + " needs the symbol to differentiate by (like x, declared with 'params x'), not "
                + Values.describe(v));
    }

    /** check(e, {x: 1.5}, grad={x: ...}, tol=1e-6), read. */
    static Check.Spec check(Args a) {
        a.expect(1, 2, "grad", "tol");
        Expr e = a.expr(0);
        Map<Expr.Sym, Num> given = a.size() > 1 ? dict(a.get(1), "the point", msg -> a.errorAt(1, msg)) : Map.of();
        Map<Expr.Sym, Expr> tested = derivatives(a);
        double tol = a.has("tol") && a.keyword("tol") instanceof Num n ? n.doubleValue() : Check.DEFAULT_TOL;
        int where = a.size() > 1 ? 1 : 0;
        Map<Expr.Sym, Num> point = complete(a, new Dag(e).symbols(), given, where);
        return new Check.Spec(e, point, tested, tol, a.spanOf(where), a.out().unicode());
    }

    /** graph(e, at={x: 1}, to="g.svg"), read. */
    static DotGraph.Spec graph(Args a) {
        a.expect(1, 1, "at", "to");
        Expr e = a.expr(0);
        Map<Expr.Sym, Num> point = null;
        if (a.has("at")) {
            Map<Expr.Sym, Num> given = dict(a.keyword("at"), "at", msg -> a.errorAt("at", msg));
            point = complete(a, new Dag(e).symbols(), given, 0);
        }
        String file = null;
        if (a.has("to")) {
            if (!(a.keyword("to") instanceof String f))
                throw a.errorAt("to", "to names a file, like to=\"g.svg\", got " + Values.describe(a.keyword("to")));
            file = f;
        }
        return new DotGraph.Spec(e, point, file, a.keywordSpan("to"));
    }

    /** check's grad={x: 2*x}: the derivatives to test instead of d's. */
    private static Map<Expr.Sym, Expr> derivatives(Args a) {
        if (!a.has("grad")) return Map.of();
        Object grad = a.keyword("grad");
        if (!(grad instanceof Map<?, ?> m))
            throw a.errorAt("grad", "grad gives the derivatives to test, as a dict like {x: 2*x}, got "
                    + Values.describe(grad));
        Map<Expr.Sym, Expr> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> en : m.entrySet()) {
            if (!(en.getKey() instanceof Expr.Sym s))
                throw a.errorAt("grad", "grad's keys are symbols, like {x: 2*x}; " + Values.show(en.getKey())
                        + " is not one");
            if (!(en.getValue() instanceof Expr d))
                throw a.errorAt("grad", "grad's values are expressions, got " + Values.describe(en.getValue()));
            out.put(s, d);
        }
        return out;
    }

    /** A dict {x: 1.5, y: 2} as symbol → number; keys may be symbols or their names as strings. */
    private static Map<Expr.Sym, Num> dict(Object v, String what, Function<String, RuntimeException> error) {
        if (!(v instanceof Map<?, ?> m))
            throw error.apply(what + " is a dict like {x: 1.5, y: 2}, got " + Values.describe(v));
        Map<Expr.Sym, Num> point = new LinkedHashMap<>();
        for (Map.Entry<?, ?> en : m.entrySet()) {
            Object k = en.getKey();
            Expr.Sym s = k instanceof Expr.Sym sym ? sym : k instanceof String str ? Expr.sym(str) : null;
            if (s == null)
                throw error.apply(what + " maps symbols to numbers; the key " + Values.show(k) + " is not a symbol");
            if (!(en.getValue() instanceof Num n))
                throw error.apply("the value of " + s.name() + " in " + what + " must be a number, got "
                        + Values.describe(en.getValue()));
            point.put(s, n);
        }
        return point;
    }

    /**
     * Each symbol's value: from the point when it has one, else the parameter's current value; an
     * error names the first with neither.
     */
    private static Map<Expr.Sym, Num> complete(Args a, List<Expr.Sym> symbols, Map<Expr.Sym, Num> point, int where) {
        Map<Expr.Sym, Num> all = new LinkedHashMap<>();
        for (Expr.Sym s : symbols) {
            Num v = point.containsKey(s) ? point.get(s) : a.env().param(s);
            if (v == null) throw Val.unvalued(s).at(a.spanOf(where));
            all.put(s, v);
        }
        return all;
    }

    /** The notation= option: "sexpr", "infix" or "latex"; otherwise the given default. */
    static Notation notation(Args a, Notation otherwise) {
        if (!a.has("notation")) return otherwise;
        Object name = a.keyword("notation");
        Notation n = Notation.named(name);
        if (n == null) throw a.errorAt("notation", Notation.unknown(Values.describe(name)));
        return n;
    }
}
