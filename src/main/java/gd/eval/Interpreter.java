package gd.eval;

import gd.ast.BinOp;
import gd.ast.Diagnostic;
import gd.ast.GdError;
import gd.ast.Node;
import gd.ast.Span;
import gd.ast.Stmt;
import gd.expr.Cancel;
import gd.expr.Constants;
import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.SExpr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs statements against an {@link Env}: a tree-walking evaluator in the manner of jlox. Names
 * resolve to locals (function parameters, loop variables), then globals, then built-ins; an
 * unknown one is an error that suggests the nearest known name.
 */
public final class Interpreter {
    private final Env env;
    private final Output out;
    private final Map<String, Builtin> builtins = new LinkedHashMap<>();
    private final Places places = new Places(this);
    private final Exec exec = new Exec(this, places);

    public Interpreter(Env env, Output out, List<Library> libraries) {
        this.env = env;
        this.out = out;
        for (Library lib : libraries) for (Builtin b : lib.builtins()) builtins.put(b.name(), b);
    }

    /** How expressions print: S-expressions unless the session sets its notation. */
    private Function<Expr, String> notation = SExpr::print;

    public Env env() { return env; }
    public void notation(Function<Expr, String> printer) { this.notation = printer; }
    /** A value as the user sees it, in the current notation. */
    public String show(Object value) { return Values.show(value, notation); }
    public Output out() { return out; }
    public Map<String, Builtin> builtins() { return java.util.Collections.unmodifiableMap(builtins); }

    /** Runs one statement; returns the value an expression statement shows, or null. */
    public Object exec(Stmt stmt) { return exec.run(stmt, null); }

    Object callBlock(UserFn f, Map<String, Object> scope) { return exec.call(f, scope); }

    /** Evaluates an expression node; locals may be null at the top level. */
    public Object eval(Node node, Map<String, Object> locals) {
        try {
            return GdList.of(evaluate(node, locals));     // a list a built-in made becomes a gd list, shared from here on
        } catch (GdError e) {
            throw e.at(node.span());
        } catch (ArithmeticException e) {
            throw new GdError(Diagnostic.Kind.RUN, node.span(), e.getMessage());
        }
    }

    private Object evaluate(Node node, Map<String, Object> locals) {
        if (node instanceof Node.NumLit n) return n.value();
        if (node instanceof Node.Name n) return lookup(n, locals);
        if (node instanceof Node.Binary b) return binary(b, locals);
        if (node instanceof Node.Call c) return call(c, locals);
        if (node instanceof Node.Unary u) {
            Object v = eval(u.operand(), locals);
            return switch (u.op()) {
                case NOT -> !Values.truthy(v);
                case PLUS -> Operators.plus(v);
                case NEG -> Operators.negate(v);
            };
        }
        if (node instanceof Node.StrLit s) return s.value();
        if (node instanceof Node.BoolLit b) return b.value();
        if (node instanceof Node.ListLit l) {
            ArrayList<Object> items = new ArrayList<>(l.items().size());
            for (Node item : l.items()) items.add(eval(item, locals));
            return GdList.owning(items);
        }
        if (node instanceof Node.Comp c) {
            ArrayList<Object> items = new ArrayList<>();
            collect(c, 0, locals, items);
            return GdList.owning(items);
        }
        if (node instanceof Node.DictLit d) return dict(d, locals);
        if (node instanceof Node.Index i) return Calls.index(eval(i.target(), locals), eval(i.index(), locals), i);
        if (node instanceof Node.Attr a) return Calls.attr(eval(a.target(), locals), a);
        if (node instanceof Node.Slice s)
            return Calls.slice(eval(s.target(), locals), optional(s.lo(), locals), optional(s.hi(), locals),
                    optional(s.step(), locals), s);
        if (node instanceof Node.Cond c)
            return eval(Values.truthy(eval(c.condition(), locals)) ? c.then() : c.orElse(), locals);
        if (node instanceof Node.FString f) return fstring(f, locals);
        throw new AssertionError(node);
    }

    private Object optional(Node n, Map<String, Object> locals) { return n == null ? null : eval(n, locals); }

    /** A call; xs.append(v) is the one method, and changes the list held by xs. */
    private Object call(Node.Call c, Map<String, Object> locals) {
        if (c.fn() instanceof Node.Attr a && a.name().equals("append")) {
            if (c.args().size() != 1 || !c.keywords().isEmpty())
                throw new GdError(Diagnostic.Kind.CHECK, c.span(), "append takes one item: xs.append(v)");
            if (!Exec.isPlace(a.target()))
                throw new GdError(Diagnostic.Kind.RUN, a.target().span(),
                        "append changes a list held by a name (xs.append(v)), and this is not a name");
            places.append(a.target(), eval(c.args().get(0), locals), locals, c.span());
            return null;
        }
        return Calls.call(this, c, locals);
    }

    private String fstring(Node.FString f, Map<String, Object> locals) {
        StringBuilder sb = new StringBuilder(f.texts().get(0));
        for (int i = 0; i < f.holes().size(); i++) {
            Node hole = f.holes().get(i);
            Object v = eval(hole, locals);
            try {
                sb.append(f.specs().get(i).isEmpty() ? show(v) : Format.apply(v, f.specs().get(i)));
            } catch (IllegalArgumentException e) {
                throw new GdError(Diagnostic.Kind.RUN, hole.span(), e.getMessage());
            }
            sb.append(f.texts().get(i + 1));
        }
        return sb.toString();
    }

    private Object binary(Node.Binary b, Map<String, Object> locals) {
        Object left = eval(b.left(), locals);
        if (b.op() == BinOp.AND) return Values.truthy(left) ? eval(b.right(), locals) : left;
        if (b.op() == BinOp.OR) return Values.truthy(left) ? left : eval(b.right(), locals);
        Object right = eval(b.right(), locals);
        if (columnar && (b.op() == BinOp.EQ || b.op() == BinOp.NE) && (symbolic(left) || symbolic(right)))
            throw refused();
        return Operators.binary(b.op(), Fractions.exact(b.left(), left, right),
                Fractions.exact(b.right(), right, left));
    }

    private static boolean symbolic(Object v) { return v instanceof Expr && !(v instanceof Num); }

    /** While a data sum's body runs on placeholders ({@link DataSums}): anything but arithmetic on them is refused. */
    private boolean columnar;

    boolean columnar() { return columnar; }

    <T> T columnar(java.util.function.Supplier<T> run) {
        boolean was = columnar;
        columnar = true;
        try {
            return run.get();
        } finally {
            columnar = was;
        }
    }

    static GdError refused() { return GdError.run("not a per-row body"); }

    /** [body for vars in items] for a comprehension of one loop whose items are already evaluated. */
    List<Object> comprehension(Node.Comp c, List<Object> items, Map<String, Object> locals) {
        Node.For f = c.fors().get(0);
        Map<String, Object> inner = locals == null ? new HashMap<>() : new HashMap<>(locals);
        List<Object> out = new ArrayList<>(items.size());
        for (Object item : items) {
            Cancel.check();
            bindAll(f.vars(), item, inner, f.iter().span());
            out.add(eval(c.body(), inner));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    private Object lookup(Node.Name n, Map<String, Object> locals) {
        String name = n.name();
        if (locals != null) {
            Object v = locals.get(name);
            if (v != null || locals.containsKey(name)) return v;
        }
        Object v = env.get(name);
        if (v != null || env.has(name)) return v;
        Builtin b = builtins.get(name);
        if (b != null) return b;
        Expr.Sym constant = Constants.byName(name);
        if (constant != null) return constant;
        List<String> known = new ArrayList<>(builtins.keySet());
        known.addAll(env.globals().keySet());
        if (locals != null) known.addAll(locals.keySet());
        String near = Names.nearest(name, known);
        throw new GdError(Diagnostic.Kind.CHECK, n.span(), "unknown name '" + name + "'"
                + (near != null ? "; did you mean '" + near + "'?"
                : "; declare it first, e.g. 'params " + name + "' or '" + name + " = 1'"));
    }

    /** [body for ... in ... if ...]: the loops nest left to right, as in Python. */
    private void collect(Node.Comp c, int level, Map<String, Object> locals, List<Object> into) {
        if (level == c.fors().size()) {
            into.add(eval(c.body(), locals));
            return;
        }
        Node.For f = c.fors().get(level);
        // One scope per loop, rebound for each item (every item binds the same names), not a copy per item:
        // nothing keeps a scope after it runs, as the language has no closures.
        Map<String, Object> inner = locals == null ? new HashMap<>() : new HashMap<>(locals);
        for (Object item : Values.iterate(eval(f.iter(), locals))) {
            Cancel.check();
            bindAll(f.vars(), item, inner, f.iter().span());
            boolean keep = true;
            for (Node cond : f.conditions()) keep = keep && Values.truthy(eval(cond, inner));
            if (keep) collect(c, level + 1, inner, into);
        }
    }

    /** A comprehension's names, bound in its own scope (never globals nor parameters). */
    private static void bindAll(List<String> names, Object value, Map<String, Object> scope, Span span) {
        if (names.size() == 1) { scope.put(names.get(0), value); return; }
        List<?> items = Places.items(names, value, span);
        for (int i = 0; i < names.size(); i++) scope.put(names.get(i), items.get(i));
    }

    private Map<Object, Object> dict(Node.DictLit d, Map<String, Object> locals) {
        Map<Object, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < d.keys().size(); i++) m.put(eval(d.keys().get(i), locals), eval(d.values().get(i), locals));
        return java.util.Collections.unmodifiableMap(m);
    }
}
