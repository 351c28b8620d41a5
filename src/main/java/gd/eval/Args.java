package gd.eval;

import gd.ast.GdError;
import gd.ast.Span;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evaluated arguments of one built-in call, with their places, so that a complaint about an
 * argument points at that argument. The accessors check types and say plainly what was wanted.
 */
public final class Args {
    private final Builtin fn;
    private final List<Object> values;
    private final List<Span> spans;
    private final Map<String, Object> keywords;
    private final Map<String, Span> keywordSpans;
    private final Span span;
    private final Interpreter interp;

    Args(Builtin fn, List<Object> values, List<Span> spans, Map<String, Object> keywords,
         Map<String, Span> keywordSpans, Span span, Interpreter interp) {
        this.fn = fn;
        this.values = values;
        this.spans = spans;
        this.keywords = keywords;
        this.keywordSpans = keywordSpans;
        this.span = span;
        this.interp = interp;
    }

    public Interpreter interp() { return interp; }
    /** The name of the built-in being called, for its messages. */
    public String fnName() { return fn.name(); }
    public Env env() { return interp.env(); }
    public Output out() { return interp.out(); }
    public Span span() { return span; }
    public int size() { return values.size(); }
    public List<Object> all() { return values; }

    /** Checks the count of positional arguments and the names of keyword ones. */
    public Args expect(int min, int max, String... allowedKeywords) {
        if (values.size() < min || values.size() > max) {
            String want = min == max ? Integer.toString(min) : max == Integer.MAX_VALUE ? "at least " + min
                    : min + " to " + max;
            throw new GdError(gd.ast.Diagnostic.Kind.CHECK, span,
                    fn.name() + " takes " + want + " argument" + (max == 1 && min == 1 ? "" : "s")
                    + " (" + fn.signature() + "), got " + values.size());
        }
        Set<String> allowed = Set.of(allowedKeywords);
        for (String k : keywords.keySet())
            if (!allowed.contains(k)) {
                String near = Names.nearest(k, allowed);
                throw new GdError(gd.ast.Diagnostic.Kind.CHECK, keywordSpans.get(k),
                        fn.name() + " has no option '" + k + "'"
                        + (near != null ? "; did you mean '" + near + "'?" : allowed.isEmpty() ? "" : " (options: "
                                + String.join(", ", allowed) + ")"));
            }
        return this;
    }

    public Object get(int i) { return values.get(i); }
    public Span spanOf(int i) { return spans.get(i); }
    public boolean has(String keyword) { return keywords.containsKey(keyword); }
    public Object keyword(String name) { return keywords.get(name); }
    public Span keywordSpan(String name) { return keywordSpans.get(name); }

    public Expr expr(int i) {
        Object v = values.get(i);
        if (v instanceof Expr e) return e;
        if (v instanceof Boolean b) return Num.of(b ? 1 : 0);
        throw errorAt(i, fn.name() + " needs an expression here, got " + Values.describe(v));
    }

    public Num num(int i) {
        if (values.get(i) instanceof Num n) return n;
        throw errorAt(i, fn.name() + " needs a number here, got " + Values.describe(values.get(i)));
    }

    public List<Object> list(int i) {
        Object v = values.get(i);
        if (v instanceof List<?> l) return Values.asList(l);
        throw errorAt(i, fn.name() + " needs a list here, got " + Values.describe(v));
    }

    public boolean flag(String name, boolean otherwise) {
        if (!keywords.containsKey(name)) return otherwise;
        if (keywords.get(name) instanceof Boolean b) return b;
        throw new GdError(gd.ast.Diagnostic.Kind.CHECK, keywordSpans.get(name), name + " must be true or false, got "
                + Values.describe(keywords.get(name)));
    }

    /** An error about the whole call. */
    public GdError error(String message) { return new GdError(gd.ast.Diagnostic.Kind.RUN, span, message); }

    /** An error about positional argument i, placed under it. */
    public GdError errorAt(int i, String message) {
        return new GdError(gd.ast.Diagnostic.Kind.RUN, i < spans.size() ? spans.get(i) : span, message);
    }

    /** An error about a keyword argument, placed under it. */
    public GdError errorAt(String keyword, String message) {
        return new GdError(gd.ast.Diagnostic.Kind.RUN, keywordSpans.getOrDefault(keyword, span), message);
    }
}
