package gd.repl;

import gd.session.EvalThread;
import gd.session.Outcome;
import gd.session.Display;
import gd.session.Session;
import gd.teach.Notation;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.Widget;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The interactive prompt: a JLine LineReader (history file, completion, highlighting,
 * continuation lines) in front of a {@link Session}. Each input runs on the {@link EvalThread}'s
 * thread so that Ctrl-C can stop it; the session keeps its state as it was when that happens.
 */
public final class Repl {
    static final String PROMPT = "gd> ", MORE = "... ";
    static final String GREETING = "gd: derivatives and gradient descent. :help for help, Tab completes, Ctrl-D quits.";
    private final Screen screen;
    private final LineReader reader;
    private final LockedHistory history;
    private final EvalThread runner = new EvalThread("gd-eval");
    private final Transcript transcript = new Transcript();
    private final MetaCommands meta = new MetaCommands(this);
    private Session session;

    /** Starts the REPL on the process's terminal; returns the exit code. */
    public static int start(PrintStream out, PrintStream err) {
        try (Terminal t = systemTerminal()) {
            if (t.getWidth() <= 0 || t.getHeight() <= 0)
                t.setSize(new Size(80, 24));   // a pty nobody sized: JLine would draw nothing sensible
            return new Repl(t, historyFile()).loop();
        } catch (IOException e) {
            err.println("gd: error: cannot use the terminal: " + e.getMessage());
            return 74;
        }
    }

    /**
     * The process's terminal, built the quick way when possible: the JNI provider asks isatty
     * directly (the default search also runs 'test -t' for each stream), and a common TERM uses
     * JLine's bundled capabilities instead of running infocmp. Each saves a process start.
     */
    static Terminal systemTerminal() throws IOException {
        String term = System.getenv("TERM");
        if (term != null && InfoCmp.getLoadedInfoCmp(term) == null && InfoCmp.getDefaultInfoCmp(term) != null)
            InfoCmp.setLoadedInfoCmp(term, InfoCmp.getDefaultInfoCmp(term));
        Charset cs = terminalCharset();
        try {
            return TerminalBuilder.builder().system(true).name("gd").encoding(cs).provider("jni").dumb(false).build();
        } catch (IOException | RuntimeException | LinkageError e) {
            return TerminalBuilder.builder().system(true).name("gd").encoding(cs).build();
        }
    }

    /**
     * The encoding the user's terminal takes. Under a non-UTF-8 locale the launcher runs the JVM in
     * C.UTF-8 (so that file names with any characters work) and passes the real one as gd.charset.
     */
    public static Charset terminalCharset() {
        String name = System.getProperty("gd.charset",
                System.getProperty("sun.stdout.encoding", System.getProperty("native.encoding", "UTF-8")));
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.US_ASCII;
        }
    }

    /** The launcher's AppCDS training run: a scripted session in memory (see {@link Rehearsal}). */
    public static int rehearse() { return Rehearsal.run(); }

    /** ~/.gd_history, or wherever GD_HISTORY says. */
    static Path historyFile() {
        String env = System.getenv("GD_HISTORY");
        try {
            return env != null && !env.isBlank() ? Path.of(env)
                    : Path.of(System.getProperty("user.home"), ".gd_history");
        } catch (java.nio.file.InvalidPathException e) {
            return null;                                // LockedHistory says so and keeps the history in memory
        }
    }

    Repl(Terminal terminal, Path historyFile) {
        this.screen = new Screen(terminal);
        this.session = newSession();
        this.history = new LockedHistory(historyFile);
        LineReaderBuilder builder = LineReaderBuilder.builder();
        if (history.file() != null) builder.variable(LineReader.HISTORY_FILE, history.file());
        this.reader = builder.terminal(terminal).appName("gd")
                .parser(new GdLineParser())
                .completer(new GdCompleter(this::session))
                .highlighter(new GdHighlighter(this::session, screen.colour()))
                .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, MORE)
                .history(history)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)   // '!' is part of '!=', not history expansion
                .variable(LineReader.INDENTATION, 1)                       // GdLineParser gives the indentation in spaces
                .build();
        Widget accept = reader.getBuiltinWidgets().get(LineReader.ACCEPT_LINE);
        reader.getWidgets().put(LineReader.ACCEPT_LINE, () -> {
            boolean done = accept.apply();
            if (pasting(terminal)) unindent();
            return done;
        });
        terminal.handle(Terminal.Signal.INT, s -> runner.interrupt());
    }

    /**
     * Whether more keys are already waiting after an Enter: text pasted without bracketed paste
     * (a person does not type within 2 ms), which brings its own indentation.
     */
    private static boolean pasting(Terminal terminal) {
        try {
            return terminal.reader().peek(2) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Takes back the indentation the continuation line was given, so that pasted lines are not indented twice. */
    private void unindent() {
        org.jline.reader.Buffer buf = reader.getBuffer();
        int at = buf.cursor();
        while (at > 0 && buf.atChar(at - 1) == ' ') at--;
        if (at == 0 || buf.atChar(at - 1) != '\n') return;
        while (buf.cursor() > at) buf.backspace();
    }

    /** Reads and runs inputs until :quit or Ctrl-D; returns the exit code. */
    int loop() {
        println(GREETING);
        String unusable = history.takeFailure();
        if (unusable != null) error(unusable);
        try {
            while (true) {
                Thread.interrupted();                       // a stale Ctrl-C must not cancel the next read
                String line;
                try {
                    line = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue;                               // Ctrl-C while editing: a fresh line
                } catch (EndOfFileException e) {
                    println("");
                    return 0;
                }
                String problem = history.takeFailure();
                if (problem != null) error(problem);
                if (line.isBlank()) continue;
                line = line.replaceFirst("\n[ \t]+$", "\n");     // the indentation offered on the line that ended a block
                String input = MetaCommands.alias(line, session.names());
                if (!MetaCommands.isMeta(input)) evaluate("<repl>", input);
                else if (!guarded(() -> meta.run(input), true))
                    return 0;   // on the runner too: Ctrl-C reaches a slow :save or :load
            }
        } finally {
            runner.close();
        }
    }

    /** Runs source text in the session, showing each outcome as it comes, and records what ran for :save. */
    void evaluate(String name, String text) {
        List<Outcome> outcomes = guarded(() -> session.eval(name, text, this::show), null);
        if (outcomes != null) transcript.record(text, outcomes);
    }

    /** Runs the task on the runner; whatever escapes it is reported, and the REPL goes on with what it had. */
    private <T> T guarded(java.util.function.Supplier<T> task, T otherwise) {
        try {
            return runner.run(task);
        } catch (OutOfMemoryError e) {
            error("gd: error: that needed more memory than gd has; the session is kept");
        } catch (RuntimeException | StackOverflowError e) {
            error("gd: internal error (please report it): " + e);
        }
        return otherwise;
    }

    private void show(Outcome o) {
        Display.Shown d = Display.shown(o, session);      // on the runner's thread: Ctrl-C stops a long print too
        if (d.text() != null) println(Fit.fit(d.text(), width(), height()));
        if (d.failure() != null) error(Display.err(d.failure()));
    }

    private Session newSession() { return new Session(screen.output(), true); }

    Session session() { return session; }
    Transcript transcript() { return transcript; }
    /** A fresh session that keeps only how expressions print. */
    void reset() {
        Notation n = session.notation();
        session = newSession();
        session.notation(n);
        transcript.clear();
    }
    int width() { return screen.width(); }
    int height() { return screen.height(); }
    void println(String text) { screen.println(text); }
    void error(String text) { screen.error(text); }
}
