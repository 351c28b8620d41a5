package gd.eval;

/**
 * Where built-ins that talk (print, train's progress, explain) send their text while a statement
 * runs. The session decides what it is: a terminal, a script's stdout, a test's buffer.
 */
public interface Output {
    void line(String text);

    /**
     * A passing status (a progress bar) that the next status or line replaces in place on a
     * terminal. Elsewhere it is simply a line.
     */
    default void status(String text) { line(text); }

    /** A chart: a terminal shows its text; a notebook shows its image too. */
    default void picture(Picture p) { line(p.text(width(), unicode())); }

    /** Whether a person is watching on a terminal (live progress bars and colour are then welcome). */
    default boolean interactive() { return false; }

    /** The terminal's width in columns, for charts. */
    default int width() { return 80; }

    /** Whether the output can show Unicode (braille charts) rather than plain ASCII. */
    default boolean unicode() { return true; }
}
