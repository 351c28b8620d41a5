package gd.handout;

import gd.ast.BinOp;
import gd.ast.GdError;
import gd.ast.Node;
import gd.ast.Source;
import gd.ast.Stmt;
import gd.eval.Output;
import gd.eval.Picture;
import gd.expr.Expr;
import gd.parse.Parse;
import gd.session.Display;
import gd.session.Outcome;
import gd.session.Session;
import gd.teach.Notation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Runs a script piece by piece and keeps what each piece showed, for --echo and the handouts.
 * A piece runs in the script's one Session with its own line numbers (the text before it is
 * replaced by empty lines), so errors point where they would in the script. A failing assert is
 * a failed check and the script goes on; any other error stops it.
 */
final class Transcript {
    final List<Piece> pieces = new ArrayList<>();
    /** The first error that is not an assert (it stopped the run), or null. */
    Outcome.Failed stopped;
    int failedChecks;

    private final List<Piece.Item> items = new ArrayList<>();
    private final StringBuilder printed = new StringBuilder();

    /** Runs the script; a syntax error anywhere stops it before anything runs. */
    static Transcript run(String name, String text, boolean unicode, boolean keepGoing) throws GdError {
        Transcript t = new Transcript();
        List<Stmt> stmts = Parse.program(new Source(name, text));
        Session session = new Session(t.output(unicode));
        List<String> lines = List.of(text.split("\n", -1));
        TreeSet<Integer> starts = new TreeSet<>();
        for (Stmt s : stmts) starts.add(s.span().line());
        int from = 1;
        List<Integer> order = new ArrayList<>(starts);
        for (int i = 0; i < order.size(); i++) {
            int start = order.get(i), next = i + 1 < order.size() ? order.get(i + 1) : lines.size() + 1;
            int end = next - 1;
            while (end > start && isProse(lines.get(end - 1)))
                end--;       // trailing comments belong to the next piece
            List<String> comments = comments(lines, from, start - 1);
            String code = String.join("\n", lines.subList(start - 1, end)).stripTrailing();
            from = end + 1;
            List<Piece.Blank> answers = answers(stmts, start, end);
            if (t.stopped != null) { t.pieces.add(new Piece(comments, code, List.of(), answers)); continue; }
            session.eval(name, "\n".repeat(start - 1) + code, o -> t.outcome(o, session, keepGoing));
            t.flush();
            t.pieces.add(new Piece(comments, code, t.items, answers));
            t.items.clear();
        }
        List<String> tail = comments(lines, from, lines.size());
        if (!tail.isEmpty()) t.pieces.add(new Piece(tail, "", List.of(), List.of()));
        return t;
    }

    /** The expected answers of the asserts on lines start..end: same(answer_given, expected)'s second argument, or the right of ==. */
    private static List<Piece.Blank> answers(List<Stmt> stmts, int start, int end) {
        List<Piece.Blank> out = new ArrayList<>();
        for (Stmt s : stmts) {
            if (!(s instanceof Stmt.Assert a) || a.span().line() < start || a.span().line() > end) continue;
            Node answer = null;
            if (a.condition() instanceof Node.Call c && c.fn() instanceof Node.Name n && n.name().equals("same")
                    && c.args().size() == 2)
                answer = c.args().get(1);
            else if (a.condition() instanceof Node.Binary b && b.op() == BinOp.EQ) answer = b.right();
            if (answer != null)
                out.add(new Piece.Blank(answer.span().line() - start, answer.span().col(), answer.span().length()));
        }
        return out;
    }

    private static boolean isProse(String line) { return line.isBlank() || line.stripLeading().startsWith("#"); }

    /** Lines from..to (1-based, inclusive) as they stand, without a #! line; blank lines kept, since they part paragraphs. */
    private static List<String> comments(List<String> lines, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int n = from; n <= to && n <= lines.size(); n++) {
            String l = lines.get(n - 1);
            if (n == 1 && l.startsWith("#!")) continue;
            out.add(l);
        }
        while (!out.isEmpty() && out.get(0).isBlank()) out.remove(0);
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) out.remove(out.size() - 1);
        return out;
    }

    private void outcome(Outcome o, Session session, boolean keepGoing) {
        flush();
        if (o instanceof Outcome.Value v) {
            String text = Display.out(o, session);
            if (v.value() instanceof Expr e) items.add(new Piece.Math(text, Notation.LATEX.print(e)));
            else items.add(new Piece.Text(text));
        } else if (o instanceof Outcome.Done d && d.stmt() instanceof Stmt.Assert a) {
            items.add(new Piece.Check(source(a), true, null));
        } else if (o instanceof Outcome.Failed f && f.stmt() instanceof Stmt.Assert a && keepGoing) {
            failedChecks++;
            items.add(new Piece.Check(source(a), false, f.diagnostic().message()));
        } else if (o instanceof Outcome.Failed f) {
            stopped = f;
            items.add(new Piece.Error(f.diagnostic().render()));
        }
    }

    private static String source(Stmt.Assert a) { return a.span().source().line(a.span().line()).strip(); }

    private void flush() {
        if (printed.length() == 0) return;
        items.add(new Piece.Text(printed.toString().stripTrailing()));
        printed.setLength(0);
    }

    private Output output(boolean unicode) {
        return new Output() {
            @Override public void line(String text) { printed.append(text).append('\n'); }
            @Override public void picture(Picture p) { flush(); items.add(new Piece.Image(p)); }
            @Override public boolean unicode() { return unicode; }
        };
    }
}
