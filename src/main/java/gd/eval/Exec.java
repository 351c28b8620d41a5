package gd.eval;

import gd.ast.Diagnostic;
import gd.ast.GdError;
import gd.ast.Node;
import gd.ast.Stmt;
import gd.expr.Cancel;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs statements, simple and compound; expressions go to the {@link Interpreter}, assignments to {@link Places}. */
final class Exec {
    private final Interpreter in;
    private final Places places;
    /** Loops running now (a def's loops included), so that only the outermost marks a savepoint per iteration. */
    private int loops;

    Exec(Interpreter in, Places places) {
        this.in = in;
        this.places = places;
    }

    /** Runs one statement in a scope (null: the globals); returns the value an expression statement shows, or null. */
    Object run(Stmt stmt, Map<String, Object> locals) {
        try {
            return execute(stmt, locals);
        } catch (GdError e) {
            throw e.at(stmt.span());
        }
    }

    void block(List<Stmt> body, Map<String, Object> locals) {
        for (Stmt s : body) run(s, locals);
    }

    private Object execute(Stmt stmt, Map<String, Object> locals) {
        if (stmt instanceof Stmt.ExprStmt s) return in.eval(s.expr(), locals);
        perform(stmt, locals);
        return null;
    }

    /** The statements that have no value: one branch each. */
    private void perform(Stmt stmt, Map<String, Object> locals) {
        if (stmt instanceof Stmt.Assign s) places.assign(s.name(), in.eval(s.value(), locals), locals, s.span());
        else if (stmt instanceof Stmt.AugAssign s) places.augment(s, locals);
        else if (stmt instanceof Stmt.SetItem s) places.setItem(s, locals);
        else if (stmt instanceof Stmt.For s) forLoop(s, locals);
        else if (stmt instanceof Stmt.While s) whileLoop(s, locals);
        else if (stmt instanceof Stmt.If s) branch(s, locals);
        else if (stmt instanceof Stmt.Break) throw Flow.BREAK;
        else if (stmt instanceof Stmt.Continue) throw Flow.CONTINUE;
        else if (stmt instanceof Stmt.Return s) throw Flow.ret(s.value() == null ? null : in.eval(s.value(), locals));
        else if (stmt instanceof Stmt.Def s)
            places.define(s.name(), new UserFn(s.name(), s.params(), s.body(), null), locals, s.span());
        else if (stmt instanceof Stmt.FnDef s)
            places.define(s.name(), new UserFn(s.name(), s.params(), null, s.body()), locals, s.span());
        else if (stmt instanceof Stmt.Params s) declare(s);
        else if (stmt instanceof Stmt.Unpack s) places.unpack(s.names(), in.eval(s.value(), locals), locals, s.span());
        else if (stmt instanceof Stmt.Assert s) check(s, locals);
        else if (!(stmt instanceof Stmt.Pass)) throw new AssertionError(stmt);
    }

    private void forLoop(Stmt.For s, Map<String, Object> locals) {
        Iterations it = new Iterations();
        try {
            for (Object item : Values.iterate(in.eval(s.iter(), locals))) {
                it.next();
                places.unpack(s.vars(), item, locals, s.span());
                if (!body(s.body(), locals)) break;
            }
        } catch (Cancel.Interrupted e) {
            throw it.interrupted(e);
        } finally {
            loops--;
        }
    }

    private void whileLoop(Stmt.While s, Map<String, Object> locals) {
        Iterations it = new Iterations();
        try {
            while (true) {
                it.next();
                if (!Values.truthy(in.eval(s.condition(), locals))) return;
                if (!body(s.body(), locals)) return;
            }
        } catch (Cancel.Interrupted e) {
            throw it.interrupted(e);
        } finally {
            loops--;
        }
    }

    /**
     * A loop's iterations, for Ctrl-C: the outermost loop running marks a savepoint as each
     * iteration starts, so that an interrupt undoes only the unfinished iteration (every parameter
     * stays at the same step of a hand-written training loop), and any loop marks one once a train
     * inside it has stopped cleanly, keeping the rest of that iteration.
     */
    private final class Iterations {
        private final boolean outer = loops++ == 0;
        private int started;

        void next() {
            if (outer || Cancel.stopRequested()) in.env().savepoint();
            try {
                Cancel.checkIteration();
            } catch (Cancel.Interrupted e) {
                if (!outer || started == 0) throw e;
                throw new Cancel.Interrupted("after " + plural(started) + " of the loop, which are kept");
            }
            started++;
        }

        /** An interrupt inside an iteration, saying what the outermost loop keeps: the iterations before it. */
        Cancel.Interrupted interrupted(Cancel.Interrupted e) {
            if (!outer || e.kept() != null || started < 2 || Cancel.stopRequested()) return e;
            return new Cancel.Interrupted("in iteration " + started + " of the loop: it was undone, and the "
                    + plural(started - 1) + " before it are kept");
        }

        private static String plural(int n) { return n == 1 ? "1 iteration" : n + " iterations"; }
    }

    /** Runs a loop's body once; false when it ran 'break'. */
    private boolean body(List<Stmt> body, Map<String, Object> locals) {
        try {
            block(body, locals);
            return true;
        } catch (Flow f) {
            if (f.kind == Flow.Kind.RETURN) throw f;
            return f.kind == Flow.Kind.CONTINUE;
        }
    }

    private void branch(Stmt.If s, Map<String, Object> locals) {
        for (int i = 0; i < s.conditions().size(); i++)
            if (Values.truthy(in.eval(s.conditions().get(i), locals))) { block(s.bodies().get(i), locals); return; }
        block(s.orElse(), locals);
    }

    /** Calls a function defined with def: its block runs in a fresh scope; it gives what 'return' gives, or nothing. */
    Object call(UserFn f, Map<String, Object> scope) {
        try {
            block(f.block(), scope);
            return null;
        } catch (Flow flow) {
            if (flow.kind != Flow.Kind.RETURN)
                throw new AssertionError(flow.kind);   // the parser keeps break inside loops
            return flow.value;
        }
    }

    private void declare(Stmt.Params s) {
        List<Num> inits = new ArrayList<>();       // evaluate every initial value before binding any
        for (Stmt.Decl d : s.decls()) {
            Object init = d.init() == null ? Num.ZERO : in.eval(d.init(), null);
            if (!(init instanceof Num n))
                throw new GdError(Diagnostic.Kind.RUN, d.init().span(),
                        "a parameter starts at a number, got " + Values.describe(init));
            inits.add(n);
        }
        for (int i = 0; i < inits.size(); i++) {
            Stmt.Decl d = s.decls().get(i);
            places.checkNotBuiltin(d.name(), d.span());
            Expr.Sym sym = Expr.sym(d.name());
            in.env().set(d.name(), sym);
            in.env().declare(sym, inits.get(i));
        }
    }

    private void check(Stmt.Assert s, Map<String, Object> locals) {
        Object ok = in.eval(s.condition(), locals);
        if (Values.truthy(ok)) return;
        String detail = s.message() != null ? Values.show(in.eval(s.message(), locals))
                : Asserts.explain(s.condition(), in, locals);
        throw new GdError(Diagnostic.Kind.RUN, s.span(), "assertion failed: " + detail);
    }

    static boolean isPlace(Node n) {
        return n instanceof Node.Name || n instanceof Node.Index i && isPlace(i.target());
    }
}
