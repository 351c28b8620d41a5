package gd.repl;

import gd.ast.Span;
import gd.session.Outcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs that changed the session, in order: what :save writes so that running the file (or
 * :load-ing it) rebuilds the same state. A failed input keeps only its statements that ran.
 */
final class Transcript {
    static final String HEADER = "# gd session, written by :save";
    private final List<String> inputs = new ArrayList<>();

    void clear() { inputs.clear(); }
    int size() { return inputs.size(); }
    List<String> inputs() { return List.copyOf(inputs); }

    /** Records the part of text that ran, given the outcomes the session reported for it. */
    void record(String text, List<Outcome> outcomes) {
        Outcome last = outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
        if (!(last instanceof Outcome.Failed f)) { add(text); return; }
        if (f.stmt() == null) return;                       // it did not parse: nothing ran
        Span at = f.stmt().span();
        add(text.substring(0, offset(text, at.line(), at.col())));
    }

    private void add(String text) {
        String t = text.strip();
        while (t.endsWith(";")) t = t.substring(0, t.length() - 1).strip();
        if (!t.isEmpty()) inputs.add(t);
    }

    private static int offset(String text, int line, int col) {
        int at = 0;
        for (int l = 1; l < line; l++) at = text.indexOf('\n', at) + 1;
        return at + col;
    }

    /** Writes the script beside the target and renames it into place, so a failure never leaves half a file. */
    void save(Path file) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (String s : inputs) sb.append(s).append('\n');
        gd.eval.AtomicFile.write(file, tmp -> Files.writeString(tmp, sb, StandardCharsets.UTF_8));
    }
}
