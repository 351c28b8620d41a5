package gd.train;

import gd.ast.Diagnostic;
import gd.ast.GdError;
import gd.ast.Span;
import gd.eval.UserFiles;
import gd.expr.Num;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
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
    /** The most load reads: a million rows of a few columns fit easily. */
    static final int MAX_BYTES = 64 << 20;

    private CsvLoader() {}

    /** The rows of file 'name' (a relative one beside the script first); complaints go under at. */
    static Object load(String name, String script, Span at) {
        Path file = resolve(name, script, at);
        return rows(name, lines(name, file, at), at);
    }

    /** The file's lines: at most MAX_BYTES of strict UTF-8, or an error saying plainly why not. */
    private static List<String> lines(String name, Path file, Span at) {
        if (Files.isDirectory(file)) throw GdError.run(at, "cannot read '" + name + "': it is a directory");
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw GdError.run(at, "cannot read '" + name + "': " + UserFiles.reason(e));
        }
        if (bytes.length > MAX_BYTES)
            throw GdError.run(at, "cannot read '" + name + "': it is larger than " + (MAX_BYTES >> 20)
                + " MB, the most load reads");
        CharBuffer text = CharBuffer.allocate(bytes.length);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (StandardCharsets.UTF_8.newDecoder().decode(in, text, true).isError()) {
            text.flip();
            long line = 1 + text.chars().filter(c -> c == '\n').count();
            throw GdError.run(at, name + ":" + line + ": this file is not UTF-8 text (byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xFF)
                    + "); load reads comma-separated numbers saved as text");
        }
        text.flip();
        return text.toString().lines().toList();
    }

    private static Path resolve(String name, String script, Span at) {
        Path p = UserFiles.path(name);
        if (p == null) throw GdError.run(at, "cannot read '" + name + "': this system cannot name such a file");
        if (p.isAbsolute()) return p;
        if (script != null && !script.startsWith("<")) {
            Path dir = Path.of(script).toAbsolutePath().getParent();
            if (dir != null && Files.exists(dir.resolve(p))) return dir.resolve(p);
        }
        return p;
    }

    private static Object rows(String name, List<String> lines, Span at) {
        List<Object> rows = new ArrayList<>();
        int width = lines.isEmpty() ? -1 : lines.get(0).split(",", -1).length;
        for (int i = 1; i < lines.size(); i++) {          // line 1 is the header
            String line = lines.get(i).strip();
            if (line.isEmpty()) continue;
            String[] cells = line.split(",", -1);
            if (width >= 0 && cells.length != width)
                throw GdError.run(at, name + ":" + (i + 1) + ": expected " + width
                        + " numbers, one per column of the header"
                        + (rows.isEmpty() ? "" : " and like the rows above") + ", got " + cells.length + ": '"
                        + Diagnostic.printable(line) + "'");
            width = cells.length;
            List<Object> row = new ArrayList<>(cells.length);
            for (String c : cells) row.add(number(name, i + 1, c.strip(), at));
            rows.add(Collections.unmodifiableList(row));
        }
        return Collections.unmodifiableList(rows);
    }

    /** A cell as a number: whole numbers stay exact, as they would typed into a script. */
    private static Num number(String name, int line, String cell, Span at) {
        try {
            if (cell.matches("[-+]?\\d{1,18}"))
                return Num.of(new BigInteger(cell.startsWith("+") ? cell.substring(1) : cell));
            if (cell.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                double d = Double.parseDouble(cell);
                if (Double.isInfinite(d)) throw GdError.run(at, name + ":" + line + ": '" + cell
                        + "' is too large for a number (the largest is about 1.8e308)");
                return Num.of(d);
            }
        } catch (NumberFormatException ignored) {
            // falls through to the error below
        }
        throw GdError.run(at, name + ":" + line + ": '" + Diagnostic.printable(cell) + "' is not a number");
    }
}
