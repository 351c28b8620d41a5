package gd.session;

import gd.ast.Diagnostic;
import gd.ast.GdError;
import gd.expr.Cancel;

/** Turns outcomes into the text users see, the same for the REPL, scripts and golden files. */
public final class Display {
    private Display() {}

    /** The text for standard output, or null when the outcome shows nothing there; expressions in the session's notation. */
    public static String out(Outcome o, Session session) {
        return o instanceof Outcome.Value v ? session.show(v.value()) : null;
    }

    /**
     * The text for standard output, like {@link #out(Outcome, Session)}, or for a value that cannot
     * be shown (its text would not fit in memory, or Ctrl-C came while printing) the failure saying
     * so: as a value can take far less memory than its text, showing it can fail after it was made.
     */
    public static Shown shown(Outcome o, Session session) {
        if (!(o instanceof Outcome.Value v)) return new Shown(null, o instanceof Outcome.Failed f ? f : null);
        String why;
        try {
            return new Shown(session.show(v.value()), null);
        } catch (GdError e) {
            why = e.diagnostic().message();
        } catch (OutOfMemoryError | StackOverflowError e) {
            why = "this value is too big to print; len(...) or an index shows a part of it";
        } catch (Cancel.Interrupted e) {
            why = "interrupted while printing the value; it was computed and kept";
        }
        return new Shown(null, new Outcome.Failed(v.stmt(), new Diagnostic(Diagnostic.Kind.RUN, v.stmt().span(), why)));
    }

    /** What an outcome shows: text for standard output, or a failure for standard error (either may be null). */
    public record Shown(String text, Outcome.Failed failure) {}

    /** The text for standard error, or null. */
    public static String err(Outcome o) {
        return o instanceof Outcome.Failed f ? f.diagnostic().render() : null;
    }

    /**
     * The text for output that cannot show more than ASCII (a non-UTF-8 locale): the few
     * symbols gd prints spelt out, anything else as '?'.
     */
    public static String ascii(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) { sb.append(c); continue; }
            sb.append(switch (c) {
                case '→' -> "->";
                case '…' -> "...";
                case '²' -> "^2";
                case 'λ' -> "lambda";
                case '·' -> "*";
                case '✗' -> "x";
                case '✓' -> "ok";
                case '≈' -> "~";
                case '≤' -> "<=";
                case '≥' -> ">=";
                case '×' -> "x";
                case 'µ' -> "u";
                default -> "?";
            });
        }
        return sb.toString();
    }
}
