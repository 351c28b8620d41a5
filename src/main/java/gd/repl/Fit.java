package gd.repl;

/**
 * Fits a result into the terminal: a value that would scroll the prompt off the screen is cut to
 * the rows that fit, and a note says what was left out and how to see it all.
 */
final class Fit {
    private Fit() {}

    /** The text as it fits in width x height (rows counted as the terminal wraps them), with a note if cut. */
    static String fit(String text, int width, int height) {
        width = Math.max(20, width);
        int maxRows = Math.max(3, height - 3);             // leave room for the note and the next prompt
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int rows = 0, shown = 0;
        for (String line : lines) {
            int need = Math.max(1, (line.length() + width - 1) / width);
            if (rows + need > maxRows) return cut(out, shown, text, line, maxRows - rows, width);
            if (shown > 0) { out.append('\n'); shown++; }
            out.append(line);
            shown += line.length();
            rows += need;
        }
        return out.toString();
    }

    private static String cut(StringBuilder out, int shown, String text, String line, int rowsLeft, int width) {
        int keep = Math.min(line.length(), (rowsLeft - 1) * width - 1);   // one row for the note, one column for '…'
        if (keep > 0) {
            if (shown > 0) { out.append('\n'); shown++; }
            out.append(line, 0, keep).append('…');
            shown += keep;
        }
        String rest = text.substring(Math.min(shown, text.length()));
        long lines = rest.chars().filter(c -> c == '\n').count() + 1;
        String note = String.format("[… %,d more characters%s not shown; print(_) shows them all]",
                rest.length(), lines > 1 ? String.format(" (%,d lines)", lines) : "");
        return out.append(out.length() > 0 ? "\n" : "").append(note).toString();
    }
}
