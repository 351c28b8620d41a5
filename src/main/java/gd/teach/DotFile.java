package gd.teach;

import gd.ast.GdError;
import gd.ast.Span;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Writes DOT text to a file: as it is (.dot, .gv), or drawn by Graphviz's dot (.svg, .png, .pdf).
 * Into a temporary file beside the target, renamed over it at the end, so that a user's file is
 * never left half-written. The dot program is 'dot' on the PATH, or the gd.dot system property.
 */
final class DotFile {
    private static final Set<String> DRAWN = Set.of("svg", "png", "pdf");

    private DotFile() {}

    static String write(String dot, String file, Span at) {
        Path named = gd.eval.UserFiles.path(file);
        if (named == null) throw GdError.run(at, "cannot write '" + file + "': this system cannot name such a file");
        Path target = named.toAbsolutePath();
        String ext = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1).toLowerCase() : "";
        if (!DRAWN.contains(ext) && !ext.equals("dot") && !ext.equals("gv"))
            throw GdError.run(at, "graph writes .dot or .gv (the text), or .svg, .png, .pdf (drawn by Graphviz); '"
                    + file + "' is none of these");
        if (!Files.isDirectory(target.getParent()))
            throw GdError.run(at, "cannot write '" + file + "': there is no folder " + target.getParent());
        try {
            gd.eval.AtomicFile.write(target, tmp -> {
                if (DRAWN.contains(ext)) draw(dot, ext, tmp, at); else Files.writeString(tmp, dot + "\n");
            });
            return "wrote " + file;
        } catch (IOException e) {
            throw GdError.run(at, "cannot write '" + file + "': " + e.getMessage());
        }
    }

    /** The DOT text drawn as SVG, or null when Graphviz is not installed or fails. */
    static String svg(String dot) {
        try {
            Path tmp = Files.createTempFile("gd-graph-", ".svg");
            try {
                draw(dot, "svg", tmp, null);
                return Files.readString(tmp, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | GdError noDrawing) {
            return null;
        }
    }

    private static void draw(String dot, String ext, Path out, Span at) throws IOException {
        String program = System.getProperty("gd.dot", "dot");
        Process p;
        try {
            p = new ProcessBuilder(program, "-T" + ext, "-o", out.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw GdError.run(at, "drawing a graph needs Graphviz's 'dot' program, which is not installed here; "
                    + "install it (apt-get install graphviz, or brew install graphviz), or write the DOT text with "
                    + "to=\"g.dot\"");
        }
        try (OutputStream in = p.getOutputStream()) { in.write(dot.getBytes(StandardCharsets.UTF_8)); }
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw GdError.run(at, "Graphviz's dot took over a minute and was stopped");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw GdError.run(at, "interrupted while Graphviz drew the graph");
        }
        if (p.exitValue() != 0) throw GdError.run(at, "Graphviz's dot failed: " + said);
    }
}
