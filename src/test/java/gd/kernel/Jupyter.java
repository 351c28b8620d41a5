package gd.kernel;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real Jupyter, for end-to-end tests: a Python that has jupyter_client, nbclient and
 * nbconvert (Debian's packages, which .ci/run installs), and a kernelspec for this gd installed
 * with gd kernel install --prefix into a temporary folder that JUPYTER_PATH points at.
 * Without Jupyter a test is skipped with a message saying so, except under CI, where it fails.
 */
final class Jupyter {
    private static final List<String> PYTHONS = List.of("/usr/bin/python3", "python3");
    final String python;
    final Path home;

    private Jupyter(String python, Path home) {
        this.python = python;
        this.home = home;
    }

    /** Finds Jupyter and installs the kernelspec, or skips (fails under CI=true) when Jupyter is not there. */
    static Jupyter require(Path tmp) throws IOException {
        String found = null;
        for (String p : PYTHONS) if (found == null && works(p)) found = p;
        if (found == null) {
            String why = "Jupyter is not installed (no python3 with jupyter_client, nbclient and nbconvert; "
                    + "apt-get install python3-jupyter-client python3-nbclient jupyter-nbconvert jupyter-console)";
            if ("true".equals(System.getenv("CI"))) fail(why + ": CI must have it (.ci/run installs it)");
            Assumptions.abort(why);
        }
        Path prefix = tmp.resolve("prefix");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(), err = new java.io.ByteArrayOutputStream();
        int code = KernelCommand.run(new String[]{"install", "--prefix", prefix.toString()}, "test",
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        if (code != 0) fail("gd kernel install failed: " + err.toString(StandardCharsets.UTF_8));
        return new Jupyter(found, tmp);
    }

    private static boolean works(String python) {
        try {
            Process p = new ProcessBuilder(python, "-c", "import jupyter_client, nbclient, nbconvert, zmq").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The environment that makes Jupyter find the kernelspec and keep its files in the temporary folder. */
    ProcessBuilder process(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put("JUPYTER_PATH", KernelSpec.prefixDataDir(home.resolve("prefix")).toString());
        env.put("JUPYTER_RUNTIME_DIR", home.resolve("runtime").toString());
        env.put("JUPYTER_CONFIG_DIR", home.resolve("config").toString());
        env.put("JUPYTER_PLATFORM_DIRS", "1");
        env.put("IPYTHONDIR", home.resolve("ipython").toString());
        return pb;
    }

    /** Runs a command to its end (at most the timeout) and returns its standard output; fails with its error output otherwise. */
    String run(List<String> command, long seconds) throws IOException, InterruptedException {
        // Files, not pipes: a kernel that outlived its client would hold a pipe open and block the read.
        Path errFile = Files.createTempFile(home, "err", ".txt"), outFile = Files.createTempFile(home, "out", ".txt");
        Process p = process(command).redirectError(errFile.toFile()).redirectOutput(outFile.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command + " took longer than " + seconds + " s");
        }
        if (p.exitValue() != 0) fail(command + " exited with " + p.exitValue() + ":\n" + Files.readString(errFile));
        return Files.readString(outFile, StandardCharsets.UTF_8);
    }

    static List<String> command(String... parts) { return new ArrayList<>(List.of(parts)); }
}
