package gd;

import gd.eval.Output;
import gd.session.Outcome;
import gd.session.Display;
import gd.session.ScriptFile;
import gd.session.Session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The command line: gd FILE.gd, gd -e TEXT (repeatable), a script on standard input, or the REPL
 * on a terminal. {@link #run} returns the exit code (sysexits): 0 ok, 64 usage, 65 a bad script,
 * 66 a missing input file, 70 an error while running, 74 an I/O error. The only System.exit is here.
 */
public final class Main {
    public static final String VERSION = "0.1.0";
    /** Deep expressions (a 100,000-term sum is 100,000 levels) recurse; a big stack makes that safe. */
    private static final long STACK_BYTES = 1L << 30;

    private Main() {}

    public static void main(String[] args) {
        int[] code = {0};
        boolean unicode = utf8Output();
        Thread t = new Thread(null, () -> code[0] = guarded(args, unicode), "gd", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            code[0] = 130;
        }
        System.out.flush();
        System.exit(code[0]);
    }

    /** run on the process's streams; whatever escapes it is a bug, reported in one line rather than a trace. */
    private static int guarded(String[] args, boolean unicode) {
        try {
            return run(args, System.in, System.out, System.err, unicode);
        } catch (OutOfMemoryError e) {
            System.err.println("gd: error: this needs more memory than gd has");
            return 70;
        } catch (RuntimeException | Error e) {
            System.err.println("gd: internal error (please report it): " + e);
            return 70;
        }
    }

    /** Whether standard output takes UTF-8 (a UTF-8 locale): if not, gd prints plain ASCII. */
    private static boolean utf8Output() {
        return java.nio.charset.StandardCharsets.UTF_8.equals(gd.repl.Repl.terminalCharset());
    }

    /** Runs gd with the given streams, which take UTF-8. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, true);
    }

    /** Runs gd; unicode says whether the streams can show more than ASCII (charts then use braille). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean unicode) {
        if (args.length > 0 && args[0].equals("kernel"))
            return gd.kernel.KernelCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), VERSION, out, err);
        if (gd.handout.HandoutCommand.wants(args) && !List.of(args).contains("--help") && !List.of(args).contains("-h"))
            return gd.handout.HandoutCommand.run(args, out, err, unicode);
        List<String[]> sources = new ArrayList<>();   // {name, text}; text null until read
        int files = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> { out.print(Usage.TEXT); return 0; }
                case "-V", "--version" -> { out.println("gd " + VERSION); return 0; }
                case "-e" -> {
                    if (i + 1 == args.length) return usage(err, "-e needs the text to run, as in: gd -e '1 + 2'");
                    sources.add(new String[]{"<expr>", args[++i]});
                }
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) return usage(err, "unknown option '" + a + "'");
                    if (files++ > 0) return usage(err, "gd runs one script at a time; got a second one, '" + a + "'");
                    sources.add(new String[]{a, null});
                }
            }
        }
        if (sources.isEmpty()) {
            if ("rehearse".equals(System.getProperty("gd.tty"))) return rehearse();
            if (isTerminal()) return gd.repl.Repl.start(out, err);
            sources.add(new String[]{"-", null});
        }
        try {
            for (String[] src : sources) if (src[1] == null) read(src, in);
        } catch (ScriptFile.Unreadable f) {
            err.println((f.placed ? "" : "gd: error: ") + f.getMessage());
            return f.code;
        }
        int code = runScripts(sources, out, err, unicode);
        if (out.checkError()) {
            err.println("gd: error: cannot write the output (the disk may be full, or the reader gone)");
            return 74;
        }
        return code;
    }

    private static int runScripts(List<String[]> sources, PrintStream out, PrintStream err, boolean unicode) {
        Function<String, String> text = unicode ? Function.identity() : Display::ascii;
        Session session = new Session(new Output() {
            @Override public void line(String s) { out.println(text.apply(s)); }
            @Override public boolean unicode() { return unicode; }
        });
        for (String[] src : sources) {
            int[] code = {0};
            try {
                session.eval(src[0], src[1], o -> {
                    Display.Shown d = Display.shown(o, session);
                    if (d.text() != null) out.println(text.apply(d.text()));
                    if (d.failure() != null) {
                        out.flush();
                        err.println(text.apply(Display.err(d.failure())));
                        code[0] = d.failure().diagnostic().kind() == gd.ast.Diagnostic.Kind.RUN ? 70 : 65;
                        if (o != d.failure())
                            throw new Stop();     // a value that could not be shown: the script stops there too
                    }
                });
            } catch (Stop stop) {
                // reported above
            }
            if (code[0] != 0) return code[0];
        }
        return 0;
    }

    /** Ends a script's run from inside the session's listener. */
    private static final class Stop extends RuntimeException {
        Stop() { super(null, null, false, false); }
    }

    /** What the launcher's AppCDS training run does: a small script (the script path, training, charts), then a scripted REPL session. */
    private static final String REHEARSAL = """
            params m b
            model(x) = m*x + b
            loss = sum((model(x) - (2*x + 1))**2 for x, y in zip([-2, 3], [0, 0])) / 2
            d(loss, m)
            val(loss, {m: 1, b: 2})
            train(loss, lr=0.1, steps=5, every=1, model=model, data=zip([-2, 3], [-3, 7]))
            grad(loss)
            """;

    private static int rehearse() {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        runScripts(List.<String[]>of(new String[]{"<rehearsal>", REHEARSAL}), quiet, quiet, true);
        return gd.repl.Repl.rehearse();
    }

    /** Fills in src's text from the file it names, or from standard input for "-". */
    private static void read(String[] src, InputStream in) throws ScriptFile.Unreadable {
        if (!src[0].equals("-")) { src[1] = ScriptFile.read(src[0]); return; }
        src[0] = "<stdin>";
        src[1] = ScriptFile.read(in, src[0]);
    }

    private static int usage(PrintStream err, String message) {
        err.println("gd: error: " + message);
        err.println("usage: gd [FILE.gd | -e TEXT ...]   (gd --help for more)");
        return 64;
    }

    /** The launcher passes -Dgd.tty=1 when standard input is a terminal; that test is free, System.console() is not. */
    private static boolean isTerminal() {
        String tty = System.getProperty("gd.tty");
        return tty != null ? tty.equals("1") : System.console() != null;
    }
}
