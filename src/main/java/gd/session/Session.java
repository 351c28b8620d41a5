package gd.session;

import gd.ast.Diagnostic;
import gd.ast.GdError;
import gd.ast.Source;
import gd.ast.Stmt;
import gd.eval.Env;
import gd.eval.Interpreter;
import gd.eval.Output;
import gd.expr.Cancel;
import gd.parse.Parse;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The engine behind the REPL, scripts and tests, in the manner of JShell's eval: source text in,
 * {@link Outcome}s out. Each statement runs against a snapshot of the state; a statement that
 * fails leaves the state exactly as it was before it, and the run stops there.
 */
public final class Session {
    private final Env env = new Env();
    private final Interpreter interp;

    public Session(Output out) { this.interp = new Interpreter(env, out, Prelude.libraries()); }

    public Interpreter interpreter() { return interp; }

    /** Parses and runs the text, handing each outcome to the listener as it happens; returns them all. */
    public List<Outcome> eval(String sourceName, String text, Consumer<Outcome> listener) {
        List<Outcome> outcomes = new ArrayList<>();
        Consumer<Outcome> emit = o -> { outcomes.add(o); listener.accept(o); };
        Source source = new Source(sourceName, text);
        List<Stmt> stmts;
        try {
            stmts = Parse.program(source);
        } catch (GdError e) {
            emit.accept(new Outcome.Failed(e.diagnostic()));
            return outcomes;
        } catch (StackOverflowError e) {
            emit.accept(new Outcome.Failed(new Diagnostic(Diagnostic.Kind.SYNTAX, new gd.ast.Span(source, 1, 0, 1),
                    "this input is nested too deeply for gd to read")));
            return outcomes;
        }
        for (Stmt stmt : stmts) {
            Outcome o = run(stmt);
            emit.accept(o);
            if (o instanceof Outcome.Failed) break;
        }
        return outcomes;
    }

    public List<Outcome> eval(String sourceName, String text) { return eval(sourceName, text, o -> { }); }

    private Outcome run(Stmt stmt) {
        Env saved = env.snapshot();
        try {
            Object value = interp.exec(stmt);
            return shows(stmt, value) ? new Outcome.Value(stmt, value) : new Outcome.Done(stmt);
        } catch (GdError e) {
            env.restore(saved);
            return new Outcome.Failed(e.at(stmt.span()).diagnostic());
        } catch (Cancel.Interrupted e) {
            env.restore(saved);
            return new Outcome.Failed(new Diagnostic(Diagnostic.Kind.RUN, stmt.span(), "interrupted; nothing was changed"));
        } catch (StackOverflowError e) {
            env.restore(saved);
            return new Outcome.Failed(new Diagnostic(Diagnostic.Kind.RUN, stmt.span(), "this went too deep to compute: a function that calls itself without end (like f(x) = f(x)), or an expression nested too deeply"));
        } catch (OutOfMemoryError e) {
            env.restore(saved);
            return new Outcome.Failed(new Diagnostic(Diagnostic.Kind.RUN, stmt.span(), "this computation needs more memory than gd has"));
        }
    }

    /** An expression statement shows its value, unless there is none or the call that made it already reported it. */
    private static boolean shows(Stmt stmt, Object value) {
        if (!(stmt instanceof Stmt.ExprStmt e) || value == null) return false;
        return !(value instanceof gd.eval.Values.Reported && e.expr() instanceof gd.ast.Node.Call);
    }

    /** Every name the session knows: built-ins, keywords, and what the user defined. For completion and suggestions. */
    public TreeSet<String> names() {
        TreeSet<String> names = new TreeSet<>(interp.builtins().keySet());
        names.addAll(env.globals().keySet());
        names.addAll(Parse.keywords());
        return names;
    }
}
