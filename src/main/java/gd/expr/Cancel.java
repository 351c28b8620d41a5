package gd.expr;

/**
 * Cooperative cancellation: long loops call {@link #check()} so that Ctrl-C in the REPL (which
 * interrupts the evaluating thread) stops a big d, val, simplify or train promptly.
 */
public final class Cancel {
    private Cancel() {}

    /** Thrown when the evaluating thread was interrupted. */
    public static final class Interrupted extends RuntimeException {
        public Interrupted() { super("interrupted", null, false, false); }
    }

    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            Thread.interrupted();
            throw new Interrupted();
        }
    }
}
