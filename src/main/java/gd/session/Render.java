package gd.session;

import gd.eval.Values;

/** Turns outcomes into the text users see, the same for the REPL, scripts and golden files. */
public final class Render {
    private Render() {}

    /** The text for standard output, or null when the outcome shows nothing there. Expressions print as S-expressions. */
    public static String out(Outcome o) {
        return o instanceof Outcome.Value v ? Values.show(v.value()) : null;
    }

    /** The same, with expressions in the session's current notation. */
    public static String out(Outcome o, Session session) {
        return o instanceof Outcome.Value v ? session.interpreter().show(v.value()) : null;
    }

    /** The text for standard error, or null. */
    public static String err(Outcome o) {
        return o instanceof Outcome.Failed f ? f.diagnostic().render() : null;
    }
}
