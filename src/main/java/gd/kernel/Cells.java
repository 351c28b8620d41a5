package gd.kernel;

import gd.session.EvalThread;
import gd.ast.Diagnostic;
import gd.expr.Expr;
import gd.session.Outcome;
import gd.session.Display;
import gd.session.Session;
import gd.teach.Graph;
import gd.teach.Notation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * execute_request: runs a cell in the kernel's one Session (cells share their state, and a cell
 * that fails changes nothing from its failing statement on), publishing each outcome as it
 * happens: a value as an execute_result with its text and LaTeX (a graph also drawn as SVG when
 * Graphviz is there), an error as an error message.
 */
final class Cells {
    private final Session session;
    private final CellOutput output;
    private final Publisher iopub;
    private final EvalThread worker;
    private int count;

    Cells(Publisher iopub, EvalThread worker) {
        this.iopub = iopub;
        this.worker = worker;
        this.output = new CellOutput(iopub);
        this.session = new Session(output, true);   // _ is the last result, as in the REPL
    }

    Session session() { return session; }

    Map<String, Object> execute(Message request) {
        String code = request.text("code", "");
        boolean silent = request.flag("silent", false);
        if (!silent && request.flag("store_history", true)) count++;
        int n = count;
        if (!silent) iopub.publish(request, "execute_input", Message.map("code", code, "execution_count", n));
        output.begin(request, silent);
        Outcome.Failed[] failed = {null};
        try {
            worker.run(() -> session.eval("<cell " + n + ">", code, o -> {
                if (o instanceof Outcome.Failed f) failed[0] = f;
                else if (!silent) show(request, o, n);
            }));
        } finally {
            output.end();
        }
        if (failed[0] == null)
            return Message.map("status", "ok", "execution_count", n, "payload", List.of(), "user_expressions", Map.of());
        Map<String, Object> error = error(failed[0].diagnostic());
        if (!silent) iopub.publish(request, "error", error);
        Map<String, Object> reply = Message.map("status", "error", "execution_count", n);
        reply.putAll(error);
        return reply;
    }

    private void show(Message request, Outcome o, int n) {
        String text = Display.out(o, session);
        if (text == null) return;
        Map<String, Object> data = Message.map("text/plain", text);
        if (o instanceof Outcome.Value v && v.value() instanceof Expr e)
            data.put("text/latex", "$$" + Notation.LATEX.print(e) + "$$");
        if (o instanceof Outcome.Value v && v.value() instanceof Graph g) {
            String svg = g.svg();           // null without Graphviz: the DOT text alone
            if (svg != null) data.put("image/svg+xml", svg.substring(Math.max(0, svg.indexOf("<svg"))));
        }
        iopub.publish(request, "execute_result", Message.map("execution_count", n, "data", data, "metadata",
                Message.map()));
    }

    /** ename says which phase stopped the cell (or that it was interrupted); the traceback is gd's positioned message. */
    private Map<String, Object> error(Diagnostic d) {
        String ename = worker.wasInterrupted() ? "KeyboardInterrupt" : switch (d.kind()) {
            case SYNTAX -> "SyntaxError";
            case CHECK -> "CheckError";
            case RUN -> "RunError";
        };
        String rendered = d.render();
        return Message.map("ename", ename, "evalue", d.message(), "traceback", Arrays.asList(rendered.split("\n", -1)));
    }
}
