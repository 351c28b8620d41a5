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
        String text = span.source().line(span.line());
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < span.col() && i < text.length(); i++) caret.append(text.charAt(i) == '\t' ? '\t' : ' ');
        int width = Math.max(1, Math.min(span.length(), text.length() - span.col()));
        caret.append("^".repeat(width));
        return span.source().name() + ":" + span.line() + ":" + (span.col() + 1) + ": error: " + head
                + "\n" + text + "\n" + caret + details;
    }
}
