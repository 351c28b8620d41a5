package gd.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** gd kernel install writes a kernelspec Jupyter can start; bad arguments are usage errors. */
class KernelCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    private int run(String... args) {
        return KernelCommand.run(args, "test", new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test void installWritesAKernelspecUnderThePrefix(@TempDir Path tmp) throws Exception {
        assertEquals(0, run("install", "--prefix", tmp.toString(), "--name", "gd-test", "--display-name", "gd (test)"));
        Path spec = tmp.resolve("share/jupyter/kernels/gd-test/kernel.json");
        assertEquals("Installed kernelspec gd-test in " + spec.getParent() + "\n", out.toString(StandardCharsets.UTF_8));
        Map<String, Object> json = Json.object(Files.readString(spec));
        assertEquals("gd (test)", json.get("display_name"));
        assertEquals("gd", json.get("language"));
        assertEquals("signal", json.get("interrupt_mode"));
        List<?> argv = (List<?>) json.get("argv");
        assertEquals(List.of("kernel", "-f", "{connection_file}"), argv.subList(argv.size() - 3, argv.size()));
        assertTrue(Path.of((String) argv.get(0)).isAbsolute(), "the command is an absolute path: " + argv);
    }

    @Test void badArgumentsAreUsageErrors(@TempDir Path tmp) {
        assertEquals(64, run());
        assertEquals(64, run("install", "--prefix"));
        assertEquals(64, run("install", "--bogus"));
        assertEquals(64, run("install", "--prefix", tmp.toString(), "--name", "no/slashes"));
        assertEquals(64, run("-f"));
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("gd: error: unknown option '--bogus'"), text);
        assertTrue(text.contains("usage: gd kernel install"), text);
    }

    @Test void aMissingConnectionFileIsReported(@TempDir Path tmp) {
        assertEquals(66, run("-f", tmp.resolve("nope.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("gd: error: cannot read the connection file: "), err.toString());
    }
}
