package gd.repl;

import gd.session.Outcome;
import gd.session.Display;
import gd.session.Session;
import gd.teach.Notation;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The interactive prompt: a JLine LineReader (history file, completion, highlighting,
 * continuation lines) in front of a {@link Session}. Each input runs on the {@link Runner}'s
 * thread so that Ctrl-C can stop it; the session keeps its state as it was when that happens.
 */
public final class Repl {
    static final String PROMPT = "gd> ", MORE = "... ";
    static final String GREETING = "gd: derivatives and gradient descent. :help for help, Tab completes, Ctrl-D quits.";
    private final Screen screen;
    private final LineReader reader;
    private final LockedHistory history;
    private final Runner runner = new Runner();
    private final Transcript transcript = new Transcript();
    private final MetaCommands meta = new MetaCommands(this);
    private Session session;

    /** Starts the REPL on the process's terminal; returns the exit code. */
    public static int start(PrintStream out, PrintStream err) {
        try (Terminal t = systemTerminal()) {
            if (t.getWidth() <= 0 || t.getHeight() <= 0) t.setSize(new Size(80, 24));   // a pty nobody sized: JLine would draw nothing sensible
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
        try {
            return TerminalBuilder.builder().system(true).name("gd").provider("jni").dumb(false).build();
        } catch (IOException | RuntimeException | LinkageError e) {
            return TerminalBuilder.builder().system(true).name("gd").build();
        }
    }

    /** The launcher's AppCDS training run: a scripted session in memory (see {@link Rehearsal}). */
    public static int rehearse() { return Rehearsal.run(); }

    /** ~/.gd_history, or wherever GD_HISTORY says. */
    static Path historyFile() {
        String env = System.getenv("GD_HISTORY");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".gd_history");
    }

    Repl(Terminal terminal, Path historyFile) {
        this.screen = new Screen(terminal);
        this.session = newSession();
        this.history = new LockedHistory(historyFile);
        this.reader = LineReaderBuilder.builder().terminal(terminal).appName("gd")
                .parser(new GdLineParser())
                .completer(new GdCompleter(this::session))
                .highlighter(new GdHighlighter(this::session, screen.colour()))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_FILE_SIZE, 10_000)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, MORE)
                .history(history)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)   // '!' is part of '!=', not history expansion
                .build();
        terminal.handle(Terminal.Signal.INT, s -> runner.interrupt());
    }

    /** Reads and runs inputs until :quit or Ctrl-D; returns the exit code. */
    int loop() {
        println(GREETING);
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
                line = MetaCommands.alias(line, session.names());
                if (!MetaCommands.isMeta(line)) evaluate("<repl>", line);
                else if (!meta.run(line)) return 0;
            }
        } finally {
            runner.close();
        }
    }

    /** Runs source text in the session, showing each outcome as it comes, and records what ran for :save. */
    void evaluate(String name, String text) {
        try {
            List<Outcome> outcomes = runner.run(() -> session.eval(name, text, this::show));
            transcript.record(text, outcomes);
        } catch (RuntimeException e) {
            error("gd: internal error (please report it): " + e);
        }
    }

    private void show(Outcome o) {
        if (o instanceof Outcome.Value) println(Fit.fit(Display.out(o, session), width(), height()));
        String err = Display.err(o);
        if (err != null) error(err);
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
