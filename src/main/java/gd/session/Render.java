package gd.session;

import gd.eval.Values;

/** Turns outcomes into the text users see, the same for the REPL, scripts and golden files. */
public final class Render {
    private Render() {}

    /** The text for standard output, or null when the outcome shows nothing there. */
    public static String out(Outcome o) {
        return o instanceof Outcome.Value v ? Values.show(v.value()) : null;
    }

    /** The text for standard error, or null. */
    public static String err(Outcome o) {
        return o instanceof Outcome.Failed f ? f.diagnostic().render() : null;
    }
}
