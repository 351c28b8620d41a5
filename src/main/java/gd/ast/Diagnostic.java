package gd.ast;

/**
 * One error, as data: where, which phase, and a one-sentence message. {@link #render()} gives
 * the contract's form: FILE:LINE:COL: error: MESSAGE, the source line, and carets under the span.
 */
public record Diagnostic(Kind kind, Span span, String message) {

    /** The phase that found the error; it decides a script's exit code. */
    public enum Kind { SYNTAX, CHECK, RUN }

    public String render() {
        if (span == null) return "gd: error: " + message;
        int nl = message.indexOf('\n');            // details (an assert's two sides) go below the caret
        String head = nl < 0 ? message : message.substring(0, nl), details = nl < 0 ? "" : message.substring(nl);
        String line = span.source().line(span.line());
        // A very long line (generated code, a pasted list) is shown as a window around the error.
        int[] window = window(line.length(), span.col());
        int from = window[0], to = window[1];
        String text = (from > 0 ? "..." : "") + line.substring(from, to) + (to < line.length() ? "..." : "");
        StringBuilder caret = new StringBuilder(from > 0 ? "   " : "");
        for (int i = from; i < span.col() && i < to; i++) caret.append(line.charAt(i) == '\t' ? '\t' : ' ');
        int width = Math.max(1, Math.min(span.length(), to - span.col()));
        caret.append("^".repeat(width));
        return span.source().name() + ":" + span.line() + ":" + (span.col() + 1) + ": error: " + head
                + "\n" + text + "\n" + caret + details;
    }

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
