package gd.eval;

import gd.ast.GdError;
import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.NumFormat;
import gd.expr.SExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the language's values are, and how each is named, tested and shown. Values are Java
 * objects: Expr (Num among them), String, Boolean, List (immutable), Map (a dict, insertion
 * ordered), UserFn, Builtin, null for "nothing", and any {@link Shown} a library defines.
 */
public final class Values {
    private Values() {}

    /**
     * A value whose making printed a full report of it (a training run): a statement that is just
     * the call making it shows nothing more, though the value itself prints when asked for.
     */
    public interface Reported extends Shown {}

    /** A value a library defines (a training run, a chart) that knows how it prints and what its fields are. */
    public interface Shown {
        String show();
        default Object attr(String name) { return null; }
    }

    public static String typeName(Object v) {
        if (v == null) return "nothing";
        if (v instanceof Num) return "number";
        if (v instanceof Expr) return "expression";
        if (v instanceof String) return "string";
        if (v instanceof Boolean) return "boolean";
        if (v instanceof List) return "list";
        if (v instanceof Map) return "dict";
        if (v instanceof UserFn || v instanceof Builtin) return "function";
        return v.getClass().getSimpleName().toLowerCase();
    }

    /** A short description for error messages: "the number 3", "the list [1, 2]". */
    public static String describe(Object v) {
        String s = show(v);
        if (s.length() > 40) s = s.substring(0, 37) + "...";
        return v == null ? "nothing" : "the " + typeName(v) + " " + (v instanceof String ? "\"" + s + "\"" : s);
    }

    public static boolean truthy(Object v) {
        if (v instanceof Boolean b) return b;
        if (v instanceof Num n) return !n.isZero();
        if (v instanceof String s) return !s.isEmpty();
        if (v instanceof List<?> l) return !l.isEmpty();
        if (v instanceof Map<?, ?> m) return !m.isEmpty();
        if (v instanceof Shown s && s.attr("ok") instanceof Boolean ok) return ok;   // a verdict (same, check) is true or false
        if (v instanceof Expr) throw GdError.run("a symbolic expression is neither true nor false; use val(...) to get its number");
        return v != null;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> asList(List<?> l) { return (List<Object>) l; }

    /** The items a for-loop walks: a list's items, a string's characters, a dict's keys. */
    public static List<Object> iterate(Object v) {
        if (v instanceof List<?> l) return asList(l);
        if (v instanceof Map<?, ?> m) return new ArrayList<>(m.keySet());
        if (v instanceof String s) {
            List<Object> chars = new ArrayList<>(s.length());
            for (char c : s.toCharArray()) chars.add(String.valueOf(c));
            return chars;
        }
        throw GdError.run("cannot loop over " + describe(v) + "; a list, range(...) or zip(...) can be looped over");
    }

    /** The text an expression statement prints for a value, expressions as S-expressions. */
    public static String show(Object v) { return show(v, SExpr::print); }

    /** The same, with expressions printed in the given notation (S-expression, infix, LaTeX). */
    public static String show(Object v, Function<Expr, String> notation) {
        if (v == null) return "";
        if (v instanceof Num n) return n.isInteger() || !n.isExact() ? NumFormat.format(n) : notation.apply(n);
        if (v instanceof Expr e) return notation.apply(e);
        if (v instanceof String s) return s;
        if (v instanceof Boolean b) return b ? "true" : "false";
        if (v instanceof Shown s) return s.show();
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) sb.append(i > 0 ? ", " : "").append(quoted(l.get(i), notation));
            return sb.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ", ").append(quoted(e.getKey(), notation)).append(": ").append(quoted(e.getValue(), notation));
                first = false;
            }
            return sb.append('}').toString();
        }
        return v.toString();
    }

    private static String quoted(Object v, Function<Expr, String> notation) { return v instanceof String s ? "\"" + s + "\"" : show(v, notation); }
}
