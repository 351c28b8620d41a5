package gd.kernel;

import gd.eval.AtomicFile;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The kernelspec Jupyter finds gd by: DIR/kernels/gd/kernel.json, saying how to start
 * "gd kernel -f {connection_file}". The data directories are Jupyter's: the user's, a prefix's
 * (PREFIX/share/jupyter), or the running Python's sys.prefix's.
 */
final class KernelSpec {
    private KernelSpec() {}

    /** Writes the spec into the kernels folder of a Jupyter data directory; returns the spec's folder. */
    static Path install(Path dataDir, String name, String displayName) throws IOException {
        Path dir = dataDir.resolve("kernels").resolve(name);
        Files.createDirectories(dir);
        String json = Json.write(Message.map("argv", argv(), "display_name", displayName, "language", "gd",
                "interrupt_mode", "signal", "metadata", Message.map("debugger", false)));
        AtomicFile.write(dir.resolve("kernel.json"), tmp -> Files.writeString(tmp, json + "\n",
                StandardCharsets.UTF_8));
        return dir;
    }

    /** The user's Jupyter data directory: $JUPYTER_DATA_DIR, else ~/.local/share/jupyter (~/Library/Jupyter on macOS). */
    static Path userDataDir() {
        String env = System.getenv("JUPYTER_DATA_DIR");
        if (env != null && !env.isEmpty()) return Path.of(env);
        Path home = Path.of(System.getProperty("user.home"));
        if (System.getProperty("os.name", "").startsWith("Mac")) return home.resolve("Library/Jupyter");
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : home.resolve(".local/share")).resolve("jupyter");
    }

    static Path prefixDataDir(Path prefix) { return prefix.resolve("share").resolve("jupyter"); }

    /** sys.prefix of the python3 on the PATH (the one whose Jupyter will look there), as ipykernel's --sys-prefix. */
    static Path sysPrefix() throws IOException {
        Process p = new ProcessBuilder("python3", "-c",
                "import sys; print(sys.prefix)").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (p.waitFor() != 0 || out.isEmpty()) throw new IOException("python3 did not say its sys.prefix: " + out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        return Path.of(out);
    }

    /**
     * How to start this gd as a kernel: the launcher beside the jar when there is one (it keeps
     * start-up fast), else this JVM with this class path.
     */
    static List<String> argv() {
        List<String> argv = new ArrayList<>(launcher());
        argv.addAll(List.of("kernel", "-f", "{connection_file}"));
        return argv;
    }

    private static List<String> launcher() {
        try {
            Path code = Path.of(KernelSpec.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path script = code.getParent() == null || code.getParent().getParent() == null ? null
                    : code.getParent().getParent().resolve("gd");
            if (code.toString().endsWith(".jar") && script != null && Files.isExecutable(script))
                return List.of(script.toString());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // no code source to go by: start this JVM directly
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> path = new ArrayList<>();     // absolute: Jupyter starts kernels in the notebook's folder
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator))
            path.add(Path.of(entry).toAbsolutePath().toString());
        return List.of(java, "-cp", String.join(File.pathSeparator, path), "gd.Main");
    }
}
