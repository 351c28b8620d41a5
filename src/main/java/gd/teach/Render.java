package gd.teach;

import gd.eval.Args;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Writes DOT text to a file: as it is (.dot, .gv), or drawn by Graphviz's dot (.svg, .png, .pdf).
 * Into a temporary file beside the target, renamed over it at the end, so that a user's file is
 * never left half-written. The dot program is 'dot' on the PATH, or the gd.dot system property.
 */
final class Render {
    private static final Set<String> DRAWN = Set.of("svg", "png", "pdf");

    private Render() {}

    static String write(Args a, String dot, String file) {
        Path target = Path.of(file).toAbsolutePath();
        String ext = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1).toLowerCase() : "";
        if (!DRAWN.contains(ext) && !ext.equals("dot") && !ext.equals("gv"))
            throw a.errorAt("to", "graph writes .dot or .gv (the text), or .svg, .png, .pdf (drawn by Graphviz); '" + file + "' is none of these");
        if (!Files.isDirectory(target.getParent())) throw a.errorAt("to", "cannot write '" + file + "': there is no folder " + target.getParent());
        Path tmp = null;
        try {
            tmp = tempBeside(target);
            if (DRAWN.contains(ext)) draw(a, dot, ext, tmp); else Files.writeString(tmp, dot + "\n");
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
            return "wrote " + file;
        } catch (IOException e) {
            throw a.errorAt("to", "cannot write '" + file + "': " + e.getMessage());
        } finally {
            if (tmp != null) try { Files.deleteIfExists(tmp); } catch (IOException ignored) { }
        }
    }

    /**
     * An empty file beside target, to be renamed over it. Created like any new file (createTempFile
     * would make it 0600, and the rename would pass that on); an existing target's permissions are kept.
     */
    private static Path tempBeside(Path target) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        Files.createFile(tmp);
        if (Files.exists(target) && Files.getFileStore(tmp).supportsFileAttributeView("posix"))
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        return tmp;
    }

    private static void draw(Args a, String dot, String ext, Path out) throws IOException {
        String program = System.getProperty("gd.dot", "dot");
        Process p;
        try {
            p = new ProcessBuilder(program, "-T" + ext, "-o", out.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw a.errorAt("to", "drawing a graph needs Graphviz's 'dot' program, which is not installed here; install it "
                    + "(apt-get install graphviz, or brew install graphviz), or write the DOT text with to=\"g.dot\"");
        }
        try (OutputStream in = p.getOutputStream()) { in.write(dot.getBytes(StandardCharsets.UTF_8)); }
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) { p.destroyForcibly(); throw a.errorAt("to", "Graphviz's dot took over a minute and was stopped"); }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw a.errorAt("to", "interrupted while Graphviz drew the graph");
        }
        if (p.exitValue() != 0) throw a.errorAt("to", "Graphviz's dot failed: " + said);
    }
}
