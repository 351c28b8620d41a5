package gd.eval;

import gd.ast.Diagnostic;
import gd.ast.GdError;
import gd.ast.Node;
import gd.ast.Span;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Calling functions (built-in or user-defined), indexing and field access. */
public final class Calls {
    private Calls() {}

    static Object call(Interpreter in, Node.Call c, Map<String, Object> locals) {
        Object fn = in.eval(c.fn(), locals);
        if (fn instanceof Builtin b && in.columnar() && !DataSums.allows(b)) throw Interpreter.refused();
        if (fn instanceof Builtin b && b.name().equals("sum") && DataSums.shaped(c))
            return DataSums.sum(in, b, c, locals);
        List<Object> values = new ArrayList<>(c.args().size());
        List<Span> spans = new ArrayList<>(c.args().size());
        for (Node a : c.args()) {
            values.add(in.eval(a, locals));
            spans.add(a.span());
        }
        if (fn instanceof Builtin b && gd.expr.Fn.byName(b.name()) != null) exactFractions(c.args(), values);
        Map<String, Object> keywords = new LinkedHashMap<>();
        Map<String, Span> keywordSpans = new HashMap<>();
        for (Node.Keyword k : c.keywords()) {
            if (keywords.containsKey(k.name()))
                throw new GdError(Diagnostic.Kind.CHECK, k.span(), "option '" + k.name() + "' is given twice");
            keywords.put(k.name(), in.eval(k.value(), locals));
            keywordSpans.put(k.name(), k.span());
        }
        // An ArithmeticException from a built-in becomes a run error in Interpreter.eval, at this call.
        if (fn instanceof Builtin b)
            return b.impl().call(new Args(b, values, spans, keywords, keywordSpans, c.span(), in));
        if (fn instanceof UserFn f) {
            if (!keywords.isEmpty())
                throw new GdError(Diagnostic.Kind.CHECK, keywordSpans.values().iterator().next(),
                        f.name() + " takes no options (name=value), only its " + f.params().size() + " argument"
                        + (f.params().size() == 1 ? "" : "s") + " (" + String.join(", ", f.params()) + ")");
            return callUser(in, f, values, c.span());
        }
        throw new GdError(Diagnostic.Kind.RUN, c.fn().span(),
                Values.describe(fn) + " is not a function, so it cannot be called");
    }

    /** In max(x, 2/3), as in x + 2/3, a fraction of integers beside an expression is exact, so that infix's max(x, 2/3) reads back. */
    private static void exactFractions(List<Node> args, List<Object> values) {
        Object symbolic = values.stream().filter(v -> v instanceof Expr && !(v instanceof Num)).findFirst().orElse(null);
        if (symbolic == null) return;
        for (int i = 0; i < values.size() && i < args.size(); i++) values.set(i, Fractions.exact(args.get(i), values.get(i), symbolic));
    }

    /** Calls a user function with evaluated arguments: its body runs with its parameters bound, over the globals. */
    public static Object callUser(Interpreter in, UserFn f, List<Object> values, Span span) {
        if (values.size() != f.params().size())
            throw new GdError(Diagnostic.Kind.CHECK, span, f.name() + " takes " + f.params().size() + " argument"
                    + (f.params().size() == 1 ? "" : "s") + " (" + String.join(", ", f.params()) + "), got "
                    + values.size());
        Map<String, Object> scope = new HashMap<>();
        for (int i = 0; i < values.size(); i++) scope.put(f.params().get(i), values.get(i));
        int[] depth = DEPTH.get();
        if (depth[0] >= MAX_DEPTH)
            throw new GdError(Diagnostic.Kind.RUN, span, f.name() + " was called " + String.format("%,d", MAX_DEPTH)
                    + " deep without returning: a function that calls itself without end (like f(x) = f(x)) needs a "
                    + "case that stops");
        depth[0]++;
        try {
            return f.block() == null ? in.eval(f.body(), scope) : in.callBlock(f, scope);
        } finally {
            depth[0]--;
        }
    }

    /**
     * How deep user functions may call each other. Endless recursion then stops within a fraction
     * of a second, not after filling a gigabyte of stack; real recursion (a factorial of 5,000) fits.
     */
    static final int MAX_DEPTH = 10_000;
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    static Object index(Object target, Object index, Node.Index node) {
        if (target instanceof Map<?, ?> m) {
            Object key = dictKey(m, index);
            if (!m.containsKey(key))
                throw new GdError(Diagnostic.Kind.RUN, node.index().span(),
                        "no key " + Values.show(index) + " in this dict");
            return m.get(key);
        }
        if (target instanceof List<?> l) return l.get(position(l.size(), index, node));
        if (target instanceof String s) return String.valueOf(s.charAt(position(s.length(), index, node)));
        throw new GdError(Diagnostic.Kind.RUN, node.target().span(), "cannot index " + Values.describe(target));
    }

    /**
     * The key a dict holds for k: k itself, or the symbol a string names and the other way round,
     * so that the seed's param_vals["m"] finds the entry {m: 0}. A key held by neither is k.
     */
    static Object dictKey(Map<?, ?> m, Object k) {
        if (m.containsKey(k)) return k;
        if (k instanceof String s && s.matches("[A-Za-z_][A-Za-z_0-9]*") && m.containsKey(Expr.sym(s)))
            return Expr.sym(s);
        if (k instanceof Expr.Sym sym && m.containsKey(sym.name())) return sym.name();
        return k;
    }

    /** The 0-based position an index names among size items; negative counts from the end, as in Python. */
    static int position(int size, Object index, Node.Index node) {
        if (!(index instanceof Num n) || !n.isInteger())
            throw new GdError(Diagnostic.Kind.RUN, node.index().span(),
                    "an index must be a whole number, got " + Values.describe(index));
        long i = n.numerator().bitLength() > 62 ? Long.MAX_VALUE : n.numerator().longValue();
        if (i < 0) i += size;
        if (i < 0 || i >= size)
            throw new GdError(Diagnostic.Kind.RUN, node.index().span(),
                    "index " + n + " is out of range for " + size + " items");
        return (int) i;
    }

    /** xs[lo:hi:step] on a list or string, with Python's defaults and clamping. */
    static Object slice(Object target, Object lo, Object hi, Object step, Node.Slice node) {
        int size;
        if (target instanceof List<?> l) size = l.size();
        else if (target instanceof String s) size = s.length();
        else throw new GdError(Diagnostic.Kind.RUN, node.target().span(),
                "cannot slice " + Values.describe(target) + "; lists and strings can be sliced");
        long by = step == null ? 1 : bound(step, node.step());
        if (by == 0) throw new GdError(Diagnostic.Kind.RUN, node.step().span(), "a slice's step cannot be 0");
        long from = lo == null ? (by > 0 ? 0 : size - 1) : clamp(bound(lo, node.lo()), size, by);
        long to = hi == null ? (by > 0 ? size : -1) : clamp(bound(hi, node.hi()), size, by);
        List<Object> out = new ArrayList<>();
        StringBuilder chars = new StringBuilder();
        for (long i = from; by > 0 ? i < to : i > to; i += by) {
            if (target instanceof List<?> l) out.add(l.get((int) i)); else chars.append(((String) target).charAt((int) i));
        }
        return target instanceof String ? chars.toString() : java.util.Collections.unmodifiableList(out);
    }

    private static long bound(Object v, Node at) {
        if (!(v instanceof Num n) || !n.isInteger())
            throw new GdError(Diagnostic.Kind.RUN, at.span(),
                    "a slice bound must be a whole number, got " + Values.describe(v));
        return n.numerator().bitLength() > 40 ? (n.signum() < 0 ? -(1L << 40) : 1L << 40) : n.numerator().longValue();
    }

    /** Python's clamping of a slice bound: negative counts from the end; then into [0, size] (or [-1, size-1] going down). */
    private static long clamp(long i, int size, long step) {
        if (i < 0) i += size;
        return step > 0 ? Math.max(0, Math.min(i, size)) : Math.max(-1, Math.min(i, size - 1));
    }

    static Object attr(Object target, Node.Attr node) {
        Object v = target instanceof Values.Shown s ? s.attr(node.name()) : null;
        if (v == null)
            throw new GdError(Diagnostic.Kind.RUN, node.span(),
                    Values.describe(target) + " has no field '" + node.name() + "'");
        return v;
    }
}
