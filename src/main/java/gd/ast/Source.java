package gd.ast;

import java.util.Arrays;

/**
 * A named piece of source text: a file, '<repl>' or '<expr>'. Finding a line is a binary search
 * in an index of line starts, built once on first use, so that positions in a long script cost
 * nothing per statement.
 */
public final class Source {
    private final String name, text;
    private int[] starts;                  // offsets where each line begins; built lazily (never for input without errors or blocks)

    public Source(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public String name() { return name; }
    public String text() { return text; }

    /** The text of 1-based line n, without its line break ("" past the end). */
    public String line(int n) {
        int[] s = starts();
        if (n < 1 || n > s.length) return "";
        int start = s[n - 1], end = n < s.length ? s[n] - 1 : text.length();
        String line = text.substring(start, end);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private int[] starts() {
        if (starts != null) return starts;
        int[] s = new int[16];
        int count = 0;
        s[count++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == s.length) s = Arrays.copyOf(s, count * 2);
            s[count++] = i + 1;
        }
        starts = Arrays.copyOf(s, count);
        return starts;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Source s && s.name.equals(name) && s.text.equals(text);
    }
    @Override public int hashCode() { return name.hashCode() * 31 + text.hashCode(); }
    @Override public String toString() { return "Source[" + name + "]"; }
}
