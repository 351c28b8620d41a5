package gd.repl;

import gd.eval.Output;
import gd.session.Display;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.InfoCmp.Capability;

import java.nio.charset.StandardCharsets;

/**
 * What the REPL writes to the terminal: lines, errors (their first line in red where there is
 * colour), and a passing status line (train's progress bar) that the next output replaces.
 */
final class Screen {
    private final Terminal terminal;
    private final boolean colour, unicode;
    private boolean statusShown;

    Screen(Terminal terminal) {
        this.terminal = terminal;
        Integer colours = terminal.getNumericCapability(Capability.max_colors);
        this.colour = !Terminal.TYPE_DUMB.equals(terminal.getType()) && System.getenv("NO_COLOR") == null
                && colours != null && colours >= 8;
        this.unicode = StandardCharsets.UTF_8.equals(terminal.encoding());
    }

    boolean colour() { return colour; }
    int width() { return terminal.getWidth() > 0 ? terminal.getWidth() : 80; }
    int height() { return terminal.getHeight() > 0 ? terminal.getHeight() : 24; }

    void println(String text) {
        clearStatus();
        terminal.writer().println(unicode ? text : Display.ascii(text));
        terminal.writer().flush();
    }

    /** An error: the first line (where and what) in red when the terminal has colour. */
    void error(String text) {
        int nl = text.indexOf('\n');
        String head = nl < 0 ? text : text.substring(0, nl);
        if (colour)
            head = new AttributedString(head, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED)).toAnsi(terminal);
        println(nl < 0 ? head : head + text.substring(nl));
    }

    /** A line that the next status or printed line replaces in place. */
    void status(String text) {
        String fitted = text.length() < width() ? text : text.substring(0, Math.max(0, width() - 1));
        terminal.writer().print("\r" + fitted + "\u001b[K");
        terminal.writer().flush();
        statusShown = true;
    }

    private void clearStatus() {
        if (!statusShown) return;
        terminal.writer().print("\r\u001b[K");
        statusShown = false;
    }

    /** The session's Output: built-ins that talk (print, train, explain) write here. */
    Output output() {
        return new Output() {
            @Override public void line(String text) { println(text); }
            @Override public void status(String text) { Screen.this.status(text); }
            @Override public boolean interactive() { return true; }
            @Override public int width() { return Screen.this.width(); }
            @Override public boolean unicode() { return unicode; }
        };
    }
}
