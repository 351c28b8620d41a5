package gd.session;

import gd.ast.Diagnostic;
import gd.ast.GdError;
import gd.ast.Source;
import gd.ast.Span;
import gd.ast.Stmt;
import gd.eval.Builtin;
import gd.eval.Env;
import gd.eval.Interpreter;
import gd.eval.Output;
import gd.eval.UserFn;
import gd.eval.Values;
import gd.expr.Cancel;
import gd.expr.Expr;
import gd.parse.Parse;
import gd.teach.Notation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The engine behind the REPL, scripts, notebooks and tests, in the manner of JShell's eval: source
 * text in, {@link Outcome}s out, and questions about the state (bindings, built-ins, notation)
 * answered as data. A statement that fails leaves the state (names, parameter values, notation)
 * exactly as it was before it, and the run stops there; the statements before it stay done.
 */
public final class Session {
    /** The name an interactive session binds to each value it shows. */
    public static final String LAST = "_";
    private final Env env = new Env();
    private final Interpreter interp;
    private final boolean bindsLast;
    private Notation notation = Notation.SEXPR;

    /** A session for scripts: nothing is bound behind the user's back. */
    public Session(Output out) { this(out, false); }

    /** bindsLast: each value shown is bound to _ (the REPL, a notebook). */
    public Session(Output out, boolean bindsLast) {
        this.interp = new Interpreter(env, out, Prelude.libraries(this::notation));
        this.bindsLast = bindsLast;
    }

    /** Parses and runs the text, handing each outcome to the listener as it happens; returns them all. */
    public List<Outcome> eval(String sourceName, String text, Consumer<Outcome> listener) {
        List<Outcome> outcomes = new ArrayList<>();
        Consumer<Outcome> emit = o -> { outcomes.add(o); listener.accept(o); };
        Source source = new Source(sourceName, text);
        List<Stmt> stmts;
        try {
            stmts = Parse.program(source);
        } catch (GdError e) {
            emit.accept(new Outcome.Failed(null, e.diagnostic()));
            return outcomes;
        } catch (StackOverflowError e) {
            emit.accept(new Outcome.Failed(null, new Diagnostic(Diagnostic.Kind.SYNTAX, new Span(source, 1, 0, 1),
                    "this input is nested too deeply for gd to read")));
            return outcomes;
        }
        for (Stmt stmt : stmts) {
            Outcome o = run(stmt);
            emit.accept(o);
            if (o instanceof Outcome.Failed) break;
            if (Cancel.stopRequested()) {     // Ctrl-C stopped a train cleanly: still an interrupt, so the rest of the input does not run
                emit.accept(new Outcome.Failed(stmt, runError(stmt,
                        "interrupted during train, which kept what it had learned")));
                break;
            }
        }
        return outcomes;
    }

    public List<Outcome> eval(String sourceName, String text) { return eval(sourceName, text, o -> { }); }

    private Outcome run(Stmt stmt) {
        env.mark();                     // the unit of undo is one statement (a whole for or if included)
        Cancel.clearStop();
        Notation before = notation;
        try {
            Object value = interp.exec(stmt);
            Cancel.check();                     // Ctrl-C during a step that does not check: the statement still does not count
            if (!shows(stmt, value)) return new Outcome.Done(stmt);
            if (bindsLast) env.set(LAST, value);
            return new Outcome.Value(stmt, value);
        } catch (GdError e) {
            return failed(before, stmt, e.at(stmt.span()).diagnostic());
        } catch (Cancel.Interrupted e) {
            String kept = e.kept() != null ? e.kept() : Cancel.stopRequested()
                    ? "after train stopped; what it learned is kept" : null;
            if (kept != null && env.rollbackToSavepoint())    // a loop's finished iterations, a stopped train's parameters stay
                return new Outcome.Failed(stmt, runError(stmt, "interrupted " + kept));
            return failed(before, stmt, runError(stmt, "interrupted; nothing was changed"));
        } catch (StackOverflowError e) {
            return failed(before, stmt, runError(stmt,
                    "this went too deep to compute: a function that calls itself without end "
                    + "(like f(x) = f(x)), or an expression nested too deeply"));
        } catch (OutOfMemoryError e) {
            return failed(before, stmt, runError(stmt, "this computation needs more memory than gd has"));
        }
    }

    private Outcome failed(Notation before, Stmt stmt, Diagnostic d) {
        env.rollback();
        notation(before);
        return new Outcome.Failed(stmt, d);
    }

    private static Diagnostic runError(Stmt stmt, String message) {
        return new Diagnostic(Diagnostic.Kind.RUN, stmt.span(), message);
    }

    /** An expression statement shows its value, unless there is none or the call that made it already reported it. */
    private static boolean shows(Stmt stmt, Object value) {
        if (!(stmt instanceof Stmt.ExprStmt e) || value == null) return false;
        return !(value instanceof Values.Reported && e.expr() instanceof gd.ast.Node.Call);
    }

    /** How expressions print now: S-expressions until notation() or the REPL's :show changes it. */
    public Notation notation() { return notation; }

    public void notation(Notation n) {
        notation = n;
        interp.notation(n::print);
    }

    /** A value as the user sees it, in the current notation. */
    public String show(Object value) { return interp.show(value); }

    /** The names the user defined (and _), in the order they were first bound. */
    public List<Binding> bindings() {
        List<Binding> all = new ArrayList<>();
        for (String name : env.globals().keySet()) all.add(binding(name));
        return all;
    }

    /** What the user bound to a name, or null if nothing (a built-in's name is not a binding). */
    public Binding binding(String name) {
        if (!env.has(name)) return null;
        Object v = env.get(name);
        if (v instanceof UserFn f) return new Binding.Function(name, f.params());
        if (v instanceof Expr.Sym s && env.isParam(s)) return new Binding.Parameter(name, env.param(s));
        return new Binding.Variable(name, v);
    }

    /** Every built-in, in the order :help lists them. */
    public Collection<Builtin> builtins() { return interp.builtins().values(); }

    /** The built-in with this name (its signature and help), or null. */
    public Builtin builtin(String name) { return interp.builtins().get(name); }

    /** The language's keywords (params, for, in, ...). */
    public Collection<String> keywords() { return Parse.keywords(); }

    /** Every name the session knows: built-ins, keywords, and what the user defined. For completion and suggestions. */
    public TreeSet<String> names() {
        TreeSet<String> names = new TreeSet<>(interp.builtins().keySet());
        names.addAll(env.globals().keySet());
        names.addAll(Parse.keywords());
        return names;
    }

    /** Parameters in declaration order with their current values, for tools that read the state (benchmarks, a notebook). */
    public Map<Expr.Sym, gd.expr.Num> parameters() { return env.params(); }

    /** The value bound to a name, or null. */
    public Object value(String name) { return env.get(name); }
}
