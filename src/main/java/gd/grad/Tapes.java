package gd.grad;

import gd.expr.Expr;

import java.lang.ref.SoftReference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compiled tapes remembered by loss graph, so that grad(loss) in a hand-written loop lays out
 * and compiles its loss once, not once a step. The key is the loss's identity and the parameter
 * list: nodes are interned and never change, so the same graph is the same object and a changed
 * loss is another object (another entry); new parameter values need no new tape, as they are
 * passed to each evaluation. A loss with data sums is also found by its {@link Shape}: the loss
 * of another batch of the same size has the same graph but for the rows its data sums run over,
 * so it gets the same tape with its kernels rebound to those rows (a mini-batch loop compiles
 * once per batch size). This is a memo of a pure function, so nothing depends on whether an
 * entry is found. A few recent losses are kept, softly, so a big one costs memory only while
 * there is memory to spare.
 */
public final class Tapes {
    private static final int KEPT = 4;
    private static final Deque<SoftReference<Entry>> recent = new ArrayDeque<>();     // most recent first

    private Tapes() {}

    /** One loss's layout, its tapes by parameter list, and its shape (null: found by identity only). */
    private record Entry(Expr loss, Layout layout, Map<List<Expr.Sym>, Tape> tapes, Shape shape) {
        /** This entry for another loss of its shape; null when one of that loss's rows has no value there (compiling it reports it). */
        Entry rebound(Expr other, Shape s) {
            Layout moved;
            try {
                moved = layout.rebound(other, s.sums);
            } catch (ArithmeticException undefined) {
                return null;
            }
            Map<List<Expr.Sym>, Tape> bound = new HashMap<>();
            tapes.forEach((params, t) -> bound.put(params, t.rebound(s.sums)));
            return new Entry(other, moved, bound, s);
        }
    }

    /** The loss's layout, made the first time it is asked for. */
    public static synchronized Layout layout(Expr loss) { return entry(loss).layout(); }

    /**
     * The loss's tape over these parameters, compiled the first time. A tape's passes write its
     * own arrays, so callers that may share it across threads evaluate it under its lock.
     */
    public static synchronized Tape tape(Expr loss, List<Expr.Sym> params) {
        Entry e = entry(loss);
        Tape t = e.tapes().get(params);
        if (t == null) {
            t = Tape.compile(e.layout(), params);
            e.tapes().put(List.copyOf(params), t);
        }
        return t;
    }

    private static Entry entry(Expr loss) {
        for (Iterator<SoftReference<Entry>> it = recent.iterator(); it.hasNext(); ) {
            SoftReference<Entry> ref = it.next();
            Entry e = ref.get();
            if (e == null) { it.remove(); continue; }
            if (e.loss() != loss) continue;
            if (recent.peekFirst() != ref) { it.remove(); recent.addFirst(ref); }
            return e;
        }
        Shape shape = Shape.of(loss);
        Entry fresh = shape == null ? null : sameShape(loss, shape);
        if (fresh == null) {
            Layout layout = Layout.of(loss);
            fresh = new Entry(loss, layout, new HashMap<>(), shape != null && shape.sums.length == layout.kernels() ? shape : null);
        }
        recent.addFirst(new SoftReference<>(fresh));
        while (recent.size() > KEPT) recent.removeLast();
        return fresh;
    }

    /** An entry of this shape rebound to the loss, taking the old one's place (batches of one size would otherwise crowd out every other entry). */
    private static Entry sameShape(Expr loss, Shape shape) {
        for (Iterator<SoftReference<Entry>> it = recent.iterator(); it.hasNext(); ) {
            Entry e = it.next().get();
            if (e == null || e.shape() == null || !e.shape().key.equals(shape.key)) continue;
            Entry moved = e.rebound(loss, shape);
            if (moved != null) it.remove();
            return moved;
        }
        return null;
    }
}
