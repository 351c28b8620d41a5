package gd;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs gd's command line in-process, as a user would from a shell, on a big-stack thread like Main does. */
public record GdRun(int exit, String out, String err) {

    public static GdRun args(String... args) { return withInput(new byte[0], args); }

    /** gd -e TEXT1 -e TEXT2 ... */
    public static GdRun exprs(String... texts) {
        String[] args = new String[texts.length * 2];
        for (int i = 0; i < texts.length; i++) { args[2 * i] = "-e"; args[2 * i + 1] = texts[i]; }
        return args(args);
    }

    public static GdRun withInput(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int[] exit = new int[1];
        Thread t = new Thread(null, () -> exit[0] = Main.run(args, new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)), "gd-test", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return new GdRun(exit[0], out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Standard output without its final newline. */
    public String text() { return out.endsWith("\n") ? out.substring(0, out.length() - 1) : out; }
}
