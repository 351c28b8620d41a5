package gd.repl;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A scripted REPL session on a terminal made of memory, for the launcher's AppCDS training run
 * (which has no tty): it loads the classes a real session needs (the line reader, completion,
 * highlighting, history, terminal providers, parse and eval), so the first prompt comes fast.
 */
final class Rehearsal {
    private static final String KEYS = "params x y\ne = x**2 + x*y\nd(e, x)\nva\t(e, {x: 2, y: 3})\n"
            + "[i for i in range(3)]\nsum(i for i in [1, 2])\nsin(x) + exp(y)\nmax(1,\n 2)\n\u001BOA\u0015"
            + ":help d\n:vars\n:show sexpr\nnope\n\u0004";

    private Rehearsal() {}

    static int run() {
        try (Terminal probe = Repl.systemTerminal()) {
            probe.getWidth();                            // loads the system-terminal providers as a real start does
        } catch (IOException | RuntimeException e) {
            // nothing to learn from this machine's terminal; the rest still helps
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("gd-rehearsal");
            try (Terminal t = new ExternalTerminal("rehearsal", "xterm-256color",
                    new ByteArrayInputStream(KEYS.getBytes(StandardCharsets.UTF_8)), OutputStream.nullOutputStream(),
                            StandardCharsets.UTF_8)) {
                t.setSize(new Size(80, 24));
                return new Repl(t, dir.resolve("history")).loop();
            }
        } catch (IOException e) {
            return 74;
        } finally {
            if (dir != null) try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) Files.deleteIfExists(p);
                Files.deleteIfExists(dir);
            } catch (IOException ignored) { }
        }
    }
}
