package gd.train;

import gd.expr.Expr;

import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;

/**
 * The layout that {@link Tape#paramsIn} made last, kept for the {@link Tape#compile} of the same
 * loss that nearly always follows it (train, grad, advise), so a big loss is walked once, not
 * twice. Held softly and taken once, so it never keeps memory for long.
 */
final class LastLayout {
    private static WeakReference<Expr> loss = new WeakReference<>(null);
    private static SoftReference<TapeBuilder> layout = new SoftReference<>(null);

    private LastLayout() {}

    static synchronized void keep(Expr e, TapeBuilder b) {
        loss = new WeakReference<>(e);
        layout = new SoftReference<>(b);
    }

    /** The kept layout if it is e's (and forgets it), else null. */
    static synchronized TapeBuilder take(Expr e) {
        TapeBuilder b = loss.get() == e ? layout.get() : null;
        loss = new WeakReference<>(null);
        layout = new SoftReference<>(null);
        return b;
    }
}
