package gd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI contract: files, -e (repeatable, in order), standard input, --help, --version, exit codes. */
class MainTest {
    @TempDir Path dir;

    @Test void runsAFile() throws Exception {
        Path f = dir.resolve("a.gd");
        Files.writeString(f, "#!/usr/bin/env gd\nparams x y\nd(x**2 + x*y, x)\n");
        GdRun r = GdRun.args(f.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("(+ (* 2 x) y)\n", r.out());
    }

    @Test void runsRepeatedExpressionsInOrderSharingState() {
        GdRun r = GdRun.exprs("params x", "e = x*x", "e", "val(e, {x: 3})");
        assertEquals("(* x x)\n9\n", r.out());
    }

    @Test void runsStandardInputWhenItIsNotATerminal() {
        GdRun r = GdRun.withInput("1 + 2\n7 / 2\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("3\n3.5\n", r.out());
        assertEquals(0, r.exit());
    }

    @Test void errorsInStandardInputAreNamedStdin() {
        GdRun r = GdRun.withInput("1 +\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(r.err().startsWith("<stdin>:1:3: error:"), r.err());
        assertEquals(65, r.exit());
    }

    @Test void helpAndVersion() {
        GdRun help = GdRun.args("--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("usage:") && help.out().contains("gd FILE.gd"), help.out());
        GdRun version = GdRun.args("--version");
        assertEquals(0, version.exit());
        assertTrue(version.out().matches("gd \\d+\\.\\d+\\.\\d+\n"), version.out());
    }

    @Test void usageErrors() {
        GdRun unknown = GdRun.args("--frobnicate");
        assertEquals(64, unknown.exit());
        assertTrue(unknown.err().startsWith("gd: error: unknown option '--frobnicate'"), unknown.err());
        GdRun dangling = GdRun.args("-e");
        assertEquals(64, dangling.exit());
        assertTrue(dangling.err().contains("-e needs the text to run"), dangling.err());
    }

    @Test void missingFileDirectoryAndNonUtf8() throws Exception {
        GdRun missing = GdRun.args(dir.resolve("nope.gd").toString());
        assertEquals(66, missing.exit());
        assertTrue(missing.err().startsWith("gd: error: cannot open '") && missing.err().contains("no such file"), missing.err());

        GdRun directory = GdRun.args(dir.toString());
        assertEquals(66, directory.exit());
        assertTrue(directory.err().contains("it is a directory"), directory.err());

        Path latin1 = dir.resolve("latin1.gd");
        Files.write(latin1, new byte[]{'x', ' ', '=', ' ', '"', (byte) 0xE9, '"', '\n'});
        GdRun bad = GdRun.args(latin1.toString());
        assertEquals(65, bad.exit());
        assertTrue(bad.err().startsWith(latin1 + ":1:6: error: this file is not UTF-8 text (byte 0xE9 here)"), bad.err());
        assertEquals("", bad.out());
    }

    @Test void runtimeErrorsExit70AndSyntaxErrors65() {
        assertEquals(70, GdRun.exprs("1/0").exit());
        assertEquals(65, GdRun.exprs("1 +").exit());
        assertEquals(0, GdRun.exprs("1").exit());
    }

    @Test void outputThatIsNotUtf8GetsPlainAscii() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(), err = new java.io.ByteArrayOutputStream();
        int[] exit = new int[1];
        Thread t = new Thread(null, () -> exit[0] = Main.run(new String[]{"-e", "params m", "-e", "run = train((m - 1)**2, steps=5)", "-e", "advise((m - 1)**2)"},
                new java.io.ByteArrayInputStream(new byte[0]), new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8), false), "ascii", 1L << 28);
        t.start();
        try { t.join(); } catch (InterruptedException e) { throw new AssertionError(e); }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit[0], err.toString(StandardCharsets.UTF_8));
        assertTrue(text.contains("loss by step") && text.contains("d^2loss/dm^2"), text);
        assertTrue(text.chars().allMatch(c -> c < 128), text);
    }
}
