package gd.teach;

import gd.eval.Args;
import gd.eval.Values;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The arguments the teaching built-ins share: a symbol, a point {x: 1.5, y: 2}, a notation. */
final class Points {
    private Points() {}

    static Expr.Sym symbol(Args a, int i, String fn) {
        Object v = a.get(i);
        if (v instanceof Expr.Sym s) return s;
        if (v instanceof String s && s.matches("[A-Za-z_][A-Za-z_0-9]*")) return Expr.sym(s);
        throw a.errorAt(i, fn + " needs the symbol to differentiate by (like x, declared with 'params x'), not " + Values.describe(v));
    }

    /** A dict {x: 1.5, y: 2} as symbol → number; keys may be symbols or their names as strings. */
    static Map<Expr.Sym, Num> dict(Args a, Object v, String what, Function<String, RuntimeException> error) {
        if (!(v instanceof Map<?, ?> m)) throw error.apply(what + " is a dict like {x: 1.5, y: 2}, got " + Values.describe(v));
        Map<Expr.Sym, Num> point = new LinkedHashMap<>();
        for (Map.Entry<?, ?> en : m.entrySet()) {
            Object k = en.getKey();
            Expr.Sym s = k instanceof Expr.Sym sym ? sym : k instanceof String str ? Expr.sym(str) : null;
            if (s == null) throw error.apply(what + " maps symbols to numbers; the key " + Values.show(k) + " is not a symbol");
            if (!(en.getValue() instanceof Num n)) throw error.apply("the value of " + s.name() + " in " + what + " must be a number, got " + Values.describe(en.getValue()));
            point.put(s, n);
        }
        return point;
    }

    /** Each symbol's value: from the point when it has one, else the parameter's current value; an error names the first with neither. */
    static Map<Expr.Sym, Num> complete(Args a, List<Expr.Sym> symbols, Map<Expr.Sym, Num> point, int where) {
        Map<Expr.Sym, Num> all = new LinkedHashMap<>();
        for (Expr.Sym s : symbols) {
            Num v = point.containsKey(s) ? point.get(s) : a.env().param(s);
            if (v == null) throw a.errorAt(where, "'" + s.name() + "' has no value here; give it one, e.g. {" + s.name() + ": 1}");
            all.put(s, v);
        }
        return all;
    }

    /** The notation= option: "sexpr", "infix" or "latex"; otherwise the given default. */
    static Function<Expr, String> notation(Args a, Function<Expr, String> otherwise) {
        if (!a.has("notation")) return otherwise;
        Object name = a.keyword("notation");
        Notation n = Notation.named(name);
        if (n == null) throw a.errorAt("notation", Notation.unknown(Values.describe(name)));
        return n::print;
    }
}
