package gd.ast;

/** A named piece of source text: a file, '<repl>' or '<expr>'. */
public record Source(String name, String text) {
    /** The text of 1-based line n, without its line break ("" past the end). */
    public String line(int n) {
        int start = 0;
        for (int i = 1; i < n; i++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) return "";
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        String s = end < 0 ? text.substring(start) : text.substring(start, end);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
