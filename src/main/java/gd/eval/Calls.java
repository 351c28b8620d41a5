package gd.eval;

import gd.ast.Diagnostic;
import gd.ast.GdError;
import gd.ast.Node;
import gd.ast.Span;
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
        List<Object> values = new ArrayList<>(c.args().size());
        List<Span> spans = new ArrayList<>(c.args().size());
        for (Node a : c.args()) {
            values.add(in.eval(a, locals));
            spans.add(a.span());
        }
        Map<String, Object> keywords = new LinkedHashMap<>();
        Map<String, Span> keywordSpans = new HashMap<>();
        for (Node.Keyword k : c.keywords()) {
            if (keywords.containsKey(k.name())) throw new GdError(Diagnostic.Kind.CHECK, k.span(), "option '" + k.name() + "' is given twice");
            keywords.put(k.name(), in.eval(k.value(), locals));
            keywordSpans.put(k.name(), k.span());
        }
        // An ArithmeticException from a built-in becomes a run error in Interpreter.eval, at this call.
        if (fn instanceof Builtin b) return b.impl().call(new Args(b, values, spans, keywords, keywordSpans, c.span(), in));
        if (fn instanceof UserFn f) {
            if (!keywords.isEmpty())
                throw new GdError(Diagnostic.Kind.CHECK, keywordSpans.values().iterator().next(), f.name() + " takes no options (name=value), only its " + f.params().size() + " argument" + (f.params().size() == 1 ? "" : "s") + " (" + String.join(", ", f.params()) + ")");
            return callUser(in, f, values, c.span());
        }
        throw new GdError(Diagnostic.Kind.RUN, c.fn().span(), Values.describe(fn) + " is not a function, so it cannot be called");
    }

    /** Calls a user function with evaluated arguments: its body runs with its parameters bound, over the globals. */
    public static Object callUser(Interpreter in, UserFn f, List<Object> values, Span span) {
        if (values.size() != f.params().size())
            throw new GdError(Diagnostic.Kind.CHECK, span, f.name() + " takes " + f.params().size() + " argument"
                    + (f.params().size() == 1 ? "" : "s") + " (" + String.join(", ", f.params()) + "), got " + values.size());
        Map<String, Object> scope = new HashMap<>();
        for (int i = 0; i < values.size(); i++) scope.put(f.params().get(i), values.get(i));
        return in.eval(f.body(), scope);
    }

    static Object index(Object target, Object index, Node.Index node) {
        if (target instanceof Map<?, ?> m) {
            if (!m.containsKey(index)) throw new GdError(Diagnostic.Kind.RUN, node.index().span(), "no key " + Values.show(index) + " in this dict");
            return m.get(index);
        }
        List<Object> items;
        if (target instanceof List<?> l) items = Values.asList(l);
        else if (target instanceof String s) items = Values.iterate(s);
        else throw new GdError(Diagnostic.Kind.RUN, node.target().span(), "cannot index " + Values.describe(target));
        if (!(index instanceof Num n) || !n.isInteger())
            throw new GdError(Diagnostic.Kind.RUN, node.index().span(), "an index must be a whole number, got " + Values.describe(index));
        long i = n.numerator().longValue();
        if (i < 0) i += items.size();
        if (i < 0 || i >= items.size())
            throw new GdError(Diagnostic.Kind.RUN, node.index().span(), "index " + n + " is out of range for " + items.size() + " items");
        return items.get((int) i);
    }

    static Object attr(Object target, Node.Attr node) {
        Object v = target instanceof Values.Shown s ? s.attr(node.name()) : null;
        if (v == null) throw new GdError(Diagnostic.Kind.RUN, node.span(), Values.describe(target) + " has no field '" + node.name() + "'");
        return v;
    }
}
