package gd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line against inputs and outputs meant to break it (issue 13, items 4, 6, 7 and 19). */
class HostileInputTest {
    @TempDir Path dir;

    /** Main.run on a big stack with the given streams, as Main.main runs it. */
    private static int run(InputStream in, OutputStream out, ByteArrayOutputStream err, String... args) throws InterruptedException {
        int[] code = new int[1];
        Thread t = new Thread(null, () -> code[0] = Main.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), "gd-test", 1L << 30);
        t.start();
        t.join();
        return code[0];
    }

    @Test void outputThatCannotBeWrittenExits74() throws Exception {
        OutputStream full = new OutputStream() {
            @Override public void write(int b) throws IOException { throw new IOException("No space left on device"); }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(74, run(InputStream.nullInputStream(), full, err, "-e", "1+2"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot write the output"), err.toString(StandardCharsets.UTF_8));
    }

    @Test void anEndlessFileIsReadOnlyUpToTheBound() throws Exception {
        GdRun r = GdRun.args("/dev/zero");
        assertEquals(65, r.exit());
        assertTrue(r.err().startsWith("gd: error: cannot run '/dev/zero': it is larger than 16 MB"), r.err());
    }

    @Test void anEndlessStandardInputIsReadOnlyUpToTheBound() throws Exception {
        InputStream zeros = new InputStream() {
            @Override public int read() { return 0; }
            @Override public int read(byte[] b, int off, int len) { java.util.Arrays.fill(b, off, off + len, (byte) 0); return len; }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(65, run(zeros, OutputStream.nullOutputStream(), err));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot run '<stdin>': it is larger than 16 MB"));
    }

    @Test void aFileJustUnderTheBoundIsRead() throws IOException {
        Path f = dir.resolve("big.gd");
        byte[] text = new byte[gd.session.ScriptFile.MAX_BYTES];
        java.util.Arrays.fill(text, (byte) 'x');                    // 1+2, then one long comment
        byte[] first = "1+2\n#".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(first, 0, text, 0, first.length);
        Files.write(f, text);
        GdRun r = GdRun.args(f.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("3\n", r.out());
    }

    @Test void aValueTooBigToPrintIsAnErrorThatStopsTheScript() {
        GdRun r = GdRun.exprs("a = range(10**6); b = [a for i in range(1000)]; b; 7");
        assertEquals(70, r.exit());
        assertTrue(r.err().startsWith("<expr>:1:49: error: this value is too big to print"), r.err());
        assertEquals("", r.out(), "the script stops at the statement that could not be shown");
    }

    @Test void controlCharactersInErrorsAreEscaped() {
        GdRun r = GdRun.exprs("y = \"\u001b]0;pwned\u0007\" + nope");
        assertFalse(r.err().contains("\u001b") || r.err().contains("\u0007"), r.err());
        assertTrue(r.err().contains("y = \"\\x1b]0;pwned\\x07\" + nope"), r.err());
        String[] lines = r.err().split("\n");
        assertEquals(lines[1].indexOf("nope"), lines[2].indexOf('^'), "the caret stands under the name in the escaped line");
    }

    @Test void anErrorQuotingAHugeInputStaysShort() {
        GdRun r = GdRun.exprs(String.join("**", java.util.Collections.nCopies(100_000, "2")));
        assertEquals(70, r.exit());
        assertTrue(r.err().length() < 1000, r.err().length() + " characters");
    }
}
