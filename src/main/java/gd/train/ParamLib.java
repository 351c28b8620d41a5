package gd.train;

import gd.eval.Args;
import gd.eval.Builtin;
import gd.eval.Library;
import gd.eval.Values;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Parameters made and set in bulk: param gives one parameter, or a list (of lists) of them in the
 * shape of its starting values, each named for its place (w1[3][0]), so that :vars, grad, progress
 * lines and errors read as the user wrote them.
 */
public final class ParamLib implements Library {
    /** More than this many parameters from one call is surely a mistake (and would not fit in memory as nodes anyway). */
    private static final int MOST = 10_000_000;

    @Override public List<Builtin> builtins() {
        return List.of(
            new Builtin("param", "param(\"name\", value=0, shape=[n, m])",
                    "a new parameter with that name and starting value; given a list (of lists) of values, such as "
                    + "load(\"w.csv\") or random([4, 2], lo=-1, hi=1, seed=1), a list (of lists) of parameters "
                    + "named for their places, w1[3][0]; shape= fills that shape with one value: "
                    + "w1 = param(\"w1\", random([4, 2], lo=-1, hi=1, seed=1)); b1 = param(\"b1\", 0, shape=[4])",
                    ParamLib::param),
            new Builtin("set", "set(p, value)",
                    "sets parameter p's value, for parameters kept in lists (they have no name of their own to assign "
                            + "to): for p in ps: set(p, val(p) - lr*g[p])",
                    ParamLib::set));
    }

    private static Object param(Args a) {
        a.expect(1, 2, "shape");
        if (!(a.get(0) instanceof String name) || name.isBlank())
            throw a.errorAt(0, "a parameter's name is a string, like \"w1\" or \"w1[0][1]\"; got "
                    + Values.describe(a.get(0)));
        Object start = a.size() > 1 ? a.get(1) : Num.ZERO;
        if (a.has("shape")) {
            if (!(start instanceof Num n))
                throw a.errorAt(1, "with shape=, the starting value is one number for them all, got "
                        + Values.describe(start));
            start = filled(shape(a), () -> n, 0);
        }
        return make(a, name, start, 0, new int[]{0});
    }

    /** The parameters in the shape of the values, named name[i][j]...; count guards the total. */
    private static Object make(Args a, String name, Object start, int depth, int[] count) {
        if (start instanceof Num n) {
            if (++count[0] > MOST) throw a.errorAt(1, "param makes at most 10,000,000 parameters at once");
            Expr.Sym p = Expr.sym(name);
            a.env().declare(p, n);
            return p;
        }
        if (start instanceof List<?> xs) {
            List<Object> out = new ArrayList<>(xs.size());
            for (int i = 0; i < xs.size(); i++) out.add(make(a, name + "[" + i + "]", xs.get(i), depth + 1, count));
            return Collections.unmodifiableList(out);
        }
        throw a.errorAt(1, "a parameter starts at a number (or, for many, a list of numbers or of lists); "
                + (depth == 0 ? "got " : "the item for " + name + " is ") + Values.describe(start));
    }

    private static List<Integer> shape(Args a) { return dims(a.keyword("shape"), m -> a.errorAt("shape", m)); }

    /** A shape: a whole number or a list of them, [16, 2]; complaints go where the caller says. */
    static List<Integer> dims(Object v, java.util.function.Function<String, gd.ast.GdError> error) {
        List<Integer> dims = new ArrayList<>();
        String want = "a shape is a list of whole numbers, like [16, 2]; got ";
        if (v instanceof Num n) v = List.of(n);
        if (!(v instanceof List<?> xs) || xs.isEmpty()) throw error.apply(want + Values.describe(v));
        for (Object x : xs) {
            if (x instanceof Num n && n.isInteger() && n.signum() >= 0 && n.numerator().bitLength() <= 24)
                dims.add(n.numerator().intValue());
            else throw error.apply(want + Values.describe(x));
        }
        long total = 1;
        for (int d : dims) total = Math.min((long) MOST + 1, total * d);
        if (total > MOST) throw error.apply("at most 10,000,000 numbers at once, and this shape holds more");
        return dims;
    }

    /** Nested lists in the shape dims, each leaf the next value of the supplier (row by row). */
    static Object filled(List<Integer> dims, java.util.function.Supplier<Object> next, int depth) {
        if (depth == dims.size()) return next.get();
        List<Object> out = new ArrayList<>(dims.get(depth));
        for (int i = 0; i < dims.get(depth); i++) out.add(filled(dims, next, depth + 1));
        return Collections.unmodifiableList(out);
    }

    private static Object set(Args a) {
        a.expect(2, 2);
        if (!(a.get(0) instanceof Expr.Sym p) || !a.env().isParam(p))
            throw a.errorAt(0, "set changes a parameter's value; got " + Values.describe(a.get(0)));
        a.env().setParam(p, a.num(1));
        return null;
    }
}
