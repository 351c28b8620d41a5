package gd.eval;

import gd.expr.Expr;
import gd.expr.Num;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A session's state: global names and the current values of the parameters (declared with
 * params, updated by train). Values themselves are immutable, so a snapshot is two map copies:
 * the REPL takes one before each statement and restores it when the statement fails.
 */
public final class Env {
    private final LinkedHashMap<String, Object> globals;
    private final LinkedHashMap<Expr.Sym, Num> params;

    public Env() { this(new LinkedHashMap<>(), new LinkedHashMap<>()); }

    private Env(LinkedHashMap<String, Object> globals, LinkedHashMap<Expr.Sym, Num> params) {
        this.globals = globals;
        this.params = params;
    }

    public Env snapshot() { return new Env(new LinkedHashMap<>(globals), new LinkedHashMap<>(params)); }

    public void restore(Env saved) {
        globals.clear();
        globals.putAll(saved.globals);
        params.clear();
        params.putAll(saved.params);
    }

    public Object get(String name) { return globals.get(name); }
    public boolean has(String name) { return globals.containsKey(name); }
    public void set(String name, Object value) { globals.put(name, value); }
    public Map<String, Object> globals() { return java.util.Collections.unmodifiableMap(globals); }

    public void declare(Expr.Sym p, Num value) { params.put(p, value); }
    public boolean isParam(Expr.Sym s) { return params.containsKey(s); }
    public Num param(Expr.Sym p) { return params.get(p); }
    public void setParam(Expr.Sym p, Num value) {
        if (!params.containsKey(p)) throw new IllegalArgumentException(p + " is not a parameter");
        params.put(p, value);
    }
    /** Parameters in declaration order, with their current values. */
    public Map<Expr.Sym, Num> params() { return java.util.Collections.unmodifiableMap(params); }
}
