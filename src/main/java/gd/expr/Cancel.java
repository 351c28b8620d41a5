package gd.expr;

/**
 * Cooperative cancellation: long loops call {@link #check()} so that Ctrl-C in the REPL (which
 * interrupts the evaluating thread) stops a big d, val, simplify or train promptly. train takes
 * Ctrl-C as a clean stop: it ends after its current step, keeps what it learned, and asks the
 * loops around it to stop at their next iteration ({@link #requestStop()}), as Ctrl-C would have.
 */
public final class Cancel {
    private Cancel() {}

    /** Set by a clean stop (train's) on the evaluating thread, until the session's next statement. */
    private static final ThreadLocal<Boolean> STOP = ThreadLocal.withInitial(() -> false);

    /** Thrown when the evaluating thread was interrupted; kept, when set, says what the interrupted statement keeps. */
    public static final class Interrupted extends RuntimeException {
        private final String kept;

        public Interrupted() { this(null); }

        public Interrupted(String kept) {
            super("interrupted", null, false, false);
            this.kept = kept;
        }

        /** What is kept (the loop's finished iterations), or null when nothing the statement did is. */
        public String kept() { return kept; }
    }

    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            Thread.interrupted();
            throw new Interrupted();
        }
    }

    /** A loop's check between iterations: Ctrl-C, or a clean stop of a train inside it. */
    public static void checkIteration() {
        if (STOP.get()) throw new Interrupted();
        check();
    }

    /** Asks the loops around the caller to stop at their next iteration (train did so after a clean stop). */
    public static void requestStop() { STOP.set(true); }

    /** Whether a clean stop was asked for since {@link #clearStop()}. */
    public static boolean stopRequested() { return STOP.get(); }

    /** A new statement starts with no stop pending. */
    public static void clearStop() { STOP.set(false); }
}
