package gd;

import gd.eval.Output;
import gd.eval.Output;
import gd.session.Outcome;
import gd.session.Render;
import gd.session.Session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
        Thread t = new Thread(null, () -> code[0] = run(args, System.in, System.out, System.err, unicode), "gd", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            code[0] = 130;
        }
        System.out.flush();
        System.exit(code[0]);
    }

    /** Whether standard output takes UTF-8 (a UTF-8 locale): if not, gd prints plain ASCII. */
    private static boolean utf8Output() {
        String enc = System.getProperty("sun.stdout.encoding", System.getProperty("native.encoding", "UTF-8"));
        return enc.replace("-", "").equalsIgnoreCase("UTF8");
    }

    /** Runs gd with the given streams, which take UTF-8. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) { return run(args, in, out, err, true); }

    /** Runs gd; unicode says whether the streams can show more than ASCII (charts then use braille). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean unicode) {
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
        } catch (ReadFailure f) {
            err.println((f.placed ? "" : "gd: error: ") + f.getMessage());
            return f.code;
        }
        return runScripts(sources, out, err, unicode);
    }

    private static int runScripts(List<String[]> sources, PrintStream out, PrintStream err, boolean unicode) {
        Function<String, String> text = unicode ? Function.identity() : Render::ascii;
        Session session = new Session(new Output() {
            @Override public void line(String s) { out.println(text.apply(s)); }
            @Override public boolean unicode() { return unicode; }
        });
        for (String[] src : sources) {
            int[] code = {0};
            session.eval(src[0], src[1], o -> {
                String shown = Render.out(o, session);
                if (shown != null) out.println(text.apply(shown));
                String error = Render.err(o);
                if (error != null) {
                    out.flush();
                    err.println(text.apply(error));
                    code[0] = ((Outcome.Failed) o).diagnostic().kind() == gd.ast.Diagnostic.Kind.RUN ? 70 : 65;
                }
            });
            if (code[0] != 0) return code[0];
        }
        return 0;
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

    /** Why a script could not be read, with the exit code that says so. */
    private static final class ReadFailure extends Exception {
        final int code;
        final boolean placed;

        ReadFailure(int code, String message) { this(code, message, false); }

        /** placed: the message already has its FILE:LINE:COL: error: prefix. */
        ReadFailure(int code, String message, boolean placed) {
            super(message, null, false, false);
            this.code = code;
            this.placed = placed;
        }
    }

    /** Fills in src's text from the file it names (or standard input for "-"), decoded strictly as UTF-8. */
    private static void read(String[] src, InputStream in) throws ReadFailure {
        String name = src[0];
        try {
            byte[] bytes = name.equals("-") ? in.readAllBytes() : Files.readAllBytes(Path.of(name));
            src[0] = name.equals("-") ? "<stdin>" : name;
            String text = utf8(bytes, src[0]);
            src[1] = text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new ReadFailure(66, "cannot open '" + name + "': no such file");
        } catch (IOException e) {
            if (Files.isDirectory(Path.of(name))) throw new ReadFailure(66, "cannot read '" + name + "': it is a directory; give a .gd file");
            throw new ReadFailure(74, "cannot read '" + name + "': " + e.getMessage());
        }
    }

    /** The bytes as UTF-8 text, or a failure that says where the first byte that is not UTF-8 stands. */
    private static String utf8(byte[] bytes, String name) throws ReadFailure {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        if (!r.isError()) return out.flip().toString();
        out.flip();
        int line = 1, col = 1;
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == '\n') { line++; col = 1; } else col++;
        }
        throw new ReadFailure(65, name + ":" + line + ":" + col + ": error: this file is not UTF-8 text (byte 0x"
                + String.format("%02X", bytes[in.position()] & 0xFF) + " here); save it as UTF-8", true);
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
