package gd.ast;

/**
 * One error, as data: where, which phase, and a one-sentence message. {@link #render()} gives
 * the contract's form: FILE:LINE:COL: error: MESSAGE, the source line, and carets under the span.
 */
public record Diagnostic(Kind kind, Span span, String message) {

    /** The phase that found the error; it decides a script's exit code. */
    public enum Kind { SYNTAX, CHECK, RUN }

    public String render() {
        if (span == null) return "gd: error: " + brief(message);
        int nl = message.indexOf('\n');            // details (an assert's two sides) go below the caret
        String head = brief(nl < 0 ? message : message.substring(0, nl)), details = nl < 0 ? "" : message.substring(nl);
        String line = span.source().line(span.line());
        // A very long line (generated code, a pasted list) is shown as a window around the error.
        int[] window = window(line.length(), span.col());
        int from = window[0], to = window[1];
        String text = (from > 0 ? "..." : "") + printable(line.substring(from, to)) + (to < line.length() ? "..." : "");
        StringBuilder caret = new StringBuilder(from > 0 ? "   " : "");
        for (int i = from; i < span.col() && i < to; i++)
            caret.append(line.charAt(i) == '\t' ? "\t" : " ".repeat(printable(line.substring(i, i + 1)).length()));
        int width = 0;
        for (int i = span.col(); i < Math.min(to, span.col() + span.length()); i++)
            width += printable(line.substring(i, i + 1)).length();
        caret.append("^".repeat(Math.max(1, width)));
        return span.source().name() + ":" + span.line() + ":" + (span.col() + 1) + ": error: " + head
                + "\n" + text + "\n" + caret + String.join("\n",
                java.util.Arrays.stream(details.split("\n", -1)).map(Diagnostic::printable).toList());
    }

    /**
     * Text safe to show on a terminal: control characters (an escape sequence in a comment would
     * retitle the window) are shown escaped, as \x1b; tabs stay.
     */
    public static String printable(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\t') || (c >= 0x7f && c < 0xa0);
            if (control && sb == null) sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (sb != null) {
                if (control) sb.append(String.format("\\x%02x", (int) c)); else sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** A message made printable and cut to a length a line can hold (a message may quote a huge input). */
    private static String brief(String m) {
        String p = printable(m);
        return p.length() <= MESSAGE_MAX ? p : p.substring(0, MESSAGE_MAX - 3) + "...";
    }

    private static final int MESSAGE_MAX = 400;

    /** The part [from, to) of a line of this length that is shown, room left for "..." on each cut side. */
    private static int[] window(int length, int col) {
        if (length <= SHOWN) return new int[]{0, length};
        int from = Math.max(0, col - SHOWN / 2), to = Math.min(length, from + SHOWN - 6);
        if (to == length) return new int[]{length - (SHOWN - 3), length};
        return from == 0 ? new int[]{0, SHOWN - 3} : new int[]{from, to};
    }

    /** The most characters of a source line an error shows. */
    private static final int SHOWN = 120;
}
