package gd.eval;

import gd.ast.Diagnostic;
import gd.ast.GdError;
import gd.ast.Node;
import gd.ast.Span;
import gd.ast.Stmt;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Every way a statement changes a name: x = v, x += v, xs[i] = v, d[k] -= v, xs.append(v).
 * <p>The rules, in one place: a name declared with params keeps standing for its symbol, and
 * assigning a number to it sets the parameter's value (m = 0.5, m -= lr*g), which val, grad,
 * train and :vars then see. Lists are shared, as in Python: xs[0] = 3, xs.append(v) and xs += ys
 * change the list in place, which every name holding it sees, through {@link Env}'s journal (so an
 * undone statement undoes them). Dicts are values: d[k] = v gives the name d a changed copy.
 * Inside a function, a new name is local to the call; built-in function names cannot be reassigned.
 */
final class Places {
    private final Interpreter in;

    Places(Interpreter in) { this.in = in; }

    void assign(String name, Object value, Map<String, Object> locals, Span span) {
        Expr.Sym param = param(name, locals);
        if (param != null) {
            if (!(value instanceof Num n))
                throw new GdError(Diagnostic.Kind.RUN, span,
                        "'" + name + "' is a parameter (declared with params), so it keeps standing for its symbol; "
                        + "assign it a number to set its value (" + name + " = 0.5, " + name + " -= lr*g), not "
                        + Values.describe(value));
            in.env().setParam(param, n);
            return;
        }
        checkNotBuiltin(name, span);
        if (locals != null) locals.put(name, value); else in.env().set(name, value);
    }

    /** def and f(x) = ...: a function is a value bound like any other, but never over a parameter. */
    void define(String name, UserFn f, Map<String, Object> locals, Span span) {
        if (param(name, locals) != null)
            throw new GdError(Diagnostic.Kind.RUN, span,
                    "'" + name + "' is a parameter (declared with params); pick another name for the function");
        assign(name, f, locals, span);
    }

    void checkNotBuiltin(String name, Span span) {
        if (in.builtins().containsKey(name) && !in.env().has(name))
            throw new GdError(Diagnostic.Kind.CHECK, span,
                    "'" + name + "' is a built-in function, so it cannot be assigned; pick another name, like '" + name + "_'");
    }

    /** The parameter a name stands for here (a global name bound to its own declared symbol), or null. */
    private Expr.Sym param(String name, Map<String, Object> locals) {
        if (locals != null && locals.containsKey(name)) return null;
        return in.env().get(name) instanceof Expr.Sym s && s.name().equals(name) && in.env().isParam(s) ? s : null;
    }

    /** Binds names to a value, or to the items of a list when there are several names. */
    void unpack(List<String> names, Object value, Map<String, Object> locals, Span span) {
        if (names.size() == 1) { assign(names.get(0), value, locals, span); return; }
        List<?> items = items(names, value, span);
        for (int i = 0; i < names.size(); i++) assign(names.get(i), items.get(i), locals, span);
    }

    /** The items of a list unpacked into several names (a, b = xs; for x, y in pairs), one per name. */
    static List<?> items(List<String> names, Object value, Span span) {
        if (!(value instanceof List<?> items) || items.size() != names.size())
            throw new GdError(Diagnostic.Kind.RUN, span,
                    "cannot unpack " + Values.describe(value) + " into " + names.size() + " names ("
                    + String.join(", ", names) + ")");
        return items;
    }

    void augment(Stmt.AugAssign s, Map<String, Object> locals) {
        Object rhs = in.eval(s.value(), locals);
        if (s.op() == gd.ast.BinOp.ADD && rhs instanceof List<?> more && Exec.isPlace(s.target())
                && in.eval(s.target(), locals) instanceof GdList xs) {
            for (Object item : List.copyOf(more)) in.env().append(xs, item);     // xs += ys extends xs in place, as Python's does
            return;
        }
        update(s.target(), old -> Operators.binary(s.op(), old, rhs), true, locals, s.span());
    }

    void setItem(Stmt.SetItem s, Map<String, Object> locals) {
        Object value = in.eval(s.value(), locals);
        update(s.target(), old -> value, false, locals, s.span());
    }

    /** xs.append(v): the list held by the place gets v at its end. */
    void append(Node place, Object item, Map<String, Object> locals, Span span) {
        if (in.eval(place, locals) instanceof GdList xs) { in.env().append(xs, item); return; }
        update(place, old -> {
            if (!(old instanceof List<?> l)) throw GdError.run("append adds to a list, not to " + Values.describe(old));
            List<Object> grown = new ArrayList<>(l.size() + 1);
            grown.addAll(l);
            grown.add(item);
            return Collections.unmodifiableList(grown);
        }, true, locals, span);
    }

    /** Replaces the value at a place (a name, or an item of a place) by f(old value); old is null when not read. */
    private void update(Node place, UnaryOperator<Object> f, boolean readOld, Map<String, Object> locals, Span span) {
        if (place instanceof Node.Name n) {
            Expr.Sym param = param(n.name(), locals);
            Object old = !readOld ? null : param != null ? in.env().param(param) : in.eval(n, locals);
            assign(n.name(), f.apply(old), locals, span);
            return;
        }
        if (!(place instanceof Node.Index i))
            throw new GdError(Diagnostic.Kind.SYNTAX, place.span(),
                    "only a name or an item (xs[i], d[k]) can be assigned to");
        Object key = in.eval(i.index(), locals);
        update(i.target(), container -> with(container, key, f, readOld, i), true, locals, span);
    }

    private Object with(Object container, Object key, UnaryOperator<Object> f, boolean readOld, Node.Index at) {
        if (container instanceof Map<?, ?> m) {
            Object k = Calls.dictKey(m, key);
            if (readOld && !m.containsKey(k))
                throw new GdError(Diagnostic.Kind.RUN, at.index().span(),
                        "no key " + Values.show(key) + " in this dict");
            Map<Object, Object> copy = new LinkedHashMap<>(m);
            copy.put(k, f.apply(readOld ? m.get(k) : null));
            return Collections.unmodifiableMap(copy);
        }
        if (container instanceof GdList xs) {
            int index = Calls.position(xs.size(), key, at);
            in.env().setItem(xs, index, f.apply(readOld ? xs.get(index) : null));
            return xs;
        }
        if (container instanceof List<?> l) {
            int index = Calls.position(l.size(), key, at);
            List<Object> copy = new ArrayList<>(l);
            copy.set(index, f.apply(l.get(index)));
            return Collections.unmodifiableList(copy);
        }
        if (container instanceof String)
            throw new GdError(Diagnostic.Kind.RUN, at.span(),
                    "a string cannot be changed in place; build a new one, like s = s[:i] + \"x\" + s[i+1:]");
        throw new GdError(Diagnostic.Kind.RUN, at.target().span(),
                "cannot assign an item of " + Values.describe(container) + "; only lists and dicts hold items");
    }
}
