package gd.repl;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Drives the real REPL, expect-style, through a JLine terminal on in-memory streams: type keys,
 * wait for the screen to show something, read what the user saw (escape sequences removed).
 */
final class ReplDriver implements AutoCloseable {
    static final String UP = "\u001BOA", TAB = "\t", ENTER = "\r", CTRL_C = "\u0003", CTRL_D = "\u0004", CLEAR_LINE = "\u0015";
    private static final long PATIENCE_MS = 20_000;     // a deadline for a hung REPL, not a timing assertion
    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Terminal terminal;
    private final CompletableFuture<Integer> exit;
    private int mark;

    ReplDriver(Path history) throws IOException {
        // ExternalTerminal runs a line discipline in Java (Ctrl-C raises INT as a tty would); the builder's
        // stream terminal goes through a real pty instead, whose Ctrl-C signals no process of ours.
        terminal = new ExternalTerminal("test", "xterm-256color", new PipedInputStream(keys, 1 << 16), screen, StandardCharsets.UTF_8);
        terminal.setSize(new Size(100, 30));
        Repl repl = new Repl(terminal, history);
        exit = CompletableFuture.supplyAsync(repl::loop, r -> new Thread(null, r, "repl-under-test", 1L << 28).start());
        await(Repl.PROMPT);
    }

    /** Sends keys as a user would type them. */
    ReplDriver type(String text) {
        try {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return this;
    }

    /** Types a line, presses Enter and waits for the next prompt; returns what appeared meanwhile. */
    String enter(String line) {
        int from = seen().length();
        type(line + ENTER);
        await(Repl.PROMPT);
        return seen().substring(from);
    }

    /** Waits until the text appears on the screen after what earlier waits consumed; returns the screen up to it. */
    String await(String text) {
        long deadline = System.currentTimeMillis() + PATIENCE_MS;
        while (System.currentTimeMillis() < deadline) {
            String s = seen();
            int at = s.indexOf(text, mark);
            if (at >= 0) {
                String upTo = s.substring(mark, at + text.length());
                mark = at + text.length();
                return upTo;
            }
            sleep();
        }
        return fail("the REPL never showed '" + text + "'; the screen after the last wait:\n" + seen().substring(mark));
    }

    /** Everything the terminal received, with cursor and colour sequences removed. */
    String seen() {
        String raw;
        synchronized (screen) { raw = screen.toString(StandardCharsets.UTF_8); }
        return raw.replaceAll("\u001B\\[[0-9;?]*[ -/]*[@-~]", "").replaceAll("\u001B[()][0-9A-Za-z]|\u001B[=>]", "").replace("\r", "");
    }

    /** The raw bytes sent to the terminal, escape sequences kept (for colour checks). */
    String raw() {
        synchronized (screen) { return screen.toString(StandardCharsets.UTF_8); }
    }

    /** Waits for the REPL to end and returns its exit code. */
    int exitCode() {
        try {
            return exit.get(PATIENCE_MS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return fail("the REPL did not end: " + e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        if (!exit.isDone()) type(CLEAR_LINE + CTRL_D);
        try { exit.get(PATIENCE_MS, TimeUnit.MILLISECONDS); } catch (Exception ignored) { }
        terminal.close();
    }
}
