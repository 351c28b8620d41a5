package gd.train;

import gd.eval.Args;
import gd.expr.Num;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * load("file.csv"): a header row, then rows of numbers separated by commas. A relative path is
 * looked up beside the running script first (the source the call comes from), then in the
 * working directory. A bad row is an error naming the file and the line.
 */
final class CsvLoader {
    private CsvLoader() {}

    static Object load(Args a) {
        a.expect(1, 1);
        if (!(a.get(0) instanceof String name)) throw a.errorAt(0, "load needs a file name in quotes, like load(\"data.csv\")");
        Path file = resolve(a, name);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw a.errorAt(0, "cannot read '" + name + "': " + (Files.isDirectory(file) ? "it is a directory" : "no such file, or it is not readable text"));
        }
        return rows(a, name, lines);
    }

    private static Path resolve(Args a, String name) {
        Path p = Path.of(name);
        if (p.isAbsolute()) return p;
        String script = a.span() == null ? null : a.span().source().name();
        if (script != null && !script.startsWith("<")) {
            Path dir = Path.of(script).toAbsolutePath().getParent();
            if (dir != null && Files.exists(dir.resolve(p))) return dir.resolve(p);
        }
        return p;
    }

    private static Object rows(Args a, String name, List<String> lines) {
        List<Object> rows = new ArrayList<>();
        int width = -1;
        for (int i = 1; i < lines.size(); i++) {          // line 1 is the header
            String line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            String[] cells = line.split(",", -1);
            if (width >= 0 && cells.length != width)
                throw a.errorAt(0, name + ":" + (i + 1) + ": expected " + width + " numbers like the rows above, got " + cells.length + ": '" + line + "'");
            width = cells.length;
            List<Object> row = new ArrayList<>(cells.length);
            for (String c : cells) row.add(number(a, name, i + 1, c.strip()));
            rows.add(Collections.unmodifiableList(row));
        }
        return Collections.unmodifiableList(rows);
    }

    /** A cell as a number: whole numbers stay exact, as they would typed into a script. */
    private static Num number(Args a, String name, int line, String cell) {
        try {
            if (cell.matches("[-+]?\\d{1,18}")) return Num.of(new BigInteger(cell.startsWith("+") ? cell.substring(1) : cell));
            if (cell.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) return Num.of(Double.parseDouble(cell));
        } catch (NumberFormatException ignored) {
            // falls through to the error below
        }
        throw a.errorAt(0, name + ":" + line + ": '" + cell + "' is not a number");
    }
}
