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
        if (v instanceof Expr.Call c && c.fn().isComparison())
            throw GdError.run("the comparison " + show(v) + " is an expression (1 where it holds, 0 where not), so it is neither true nor false here; "
                    + "use val(...) to get its number, or where(" + show(v) + ", a, b)");
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

    /** The most characters a value prints as: a list can share one big item a thousand times, and its text would not fit in memory. */
    public static final int MAX_CHARS = 1 << 24;

    /** The same, with expressions printed in the given notation (S-expression, infix, LaTeX). */
    public static String show(Object v, Function<Expr, String> notation) {
        if (!(v instanceof List || v instanceof Map)) return atom(v, notation);
        StringBuilder sb = new StringBuilder();
        write(v, notation, sb, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        return sb.toString();
    }

    private static String atom(Object v, Function<Expr, String> notation) {
        if (v == null) return "";
        if (v instanceof Num n) return n.isInteger() || !n.isExact() ? NumFormat.format(n) : notation.apply(n);
        if (v instanceof Expr e) return notation.apply(e);
        if (v instanceof String s) return s;
        if (v instanceof Boolean b) return b ? "true" : "false";
        if (v instanceof Shown s) return s.show();
        return v.toString();
    }

    /** Lists and dicts into one builder (nested ones would otherwise copy their text once per level), stopping at MAX_CHARS; Ctrl-C stops it too. */
    /** open: the lists being written, so that a list inside itself (a.append(a)) prints as [...], as in Python. */
    private static void write(Object v, Function<Expr, String> notation, StringBuilder sb, java.util.Set<Object> open) {
        gd.expr.Cancel.check();
        if (sb.length() > MAX_CHARS)
            throw GdError.run("this value is too big to print (over " + (MAX_CHARS >> 20) + " million characters); len(...) or an index shows a part of it");
        if (v instanceof List<?> l && !open.add(l)) {
            sb.append("[...]");
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(", ");
                write(l.get(i), notation, sb, open);
            }
            sb.append(']');
            open.remove(l);
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                sb.append(first ? "" : ", ");
                write(e.getKey(), notation, sb, open);
                sb.append(": ");
                write(e.getValue(), notation, sb, open);
                first = false;
            }
            sb.append('}');
        } else if (v instanceof String s) {
            sb.append('"').append(s).append('"');
        } else {
            sb.append(atom(v, notation));
        }
    }

}
