package gd.session;

/** Turns outcomes into the text users see, the same for the REPL, scripts and golden files. */
public final class Display {
    private Display() {}

    /** The text for standard output, or null when the outcome shows nothing there; expressions in the session's notation. */
    public static String out(Outcome o, Session session) {
        return o instanceof Outcome.Value v ? session.show(v.value()) : null;
    }

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
