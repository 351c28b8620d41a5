package gd.handout;

import java.io.PrintStream;
import java.util.function.UnaryOperator;

/**
 * gd --echo FILE.gd: the script as a transcript. Each piece's comments, then its code after the
 * REPL's prompts (gd> and ... for further lines), then what it showed; a passing assert says so.
 */
final class Echo {
    private Echo() {}

    static void print(Transcript t, PrintStream out, PrintStream err, boolean unicode) {
        UnaryOperator<String> text = unicode ? s -> s : gd.session.Display::ascii;
        boolean first = true;
        for (Piece p : t.pieces) {
            if (!first && !p.comments().isEmpty()) out.println();
            first = false;
            for (String c : p.comments()) out.println(text.apply(c));
            if (!p.code().isEmpty()) {
                String[] lines = p.code().split("\n");
                for (int i = 0; i < lines.length; i++) out.println((i == 0 ? "gd> " : "... ") + text.apply(lines[i]));
            }
            for (Piece.Item item : p.items()) show(item, out, err, text, unicode);
            if (p.items().stream().anyMatch(i -> i instanceof Piece.Error)) return;     // the script stopped there
        }
    }

    private static void show(Piece.Item item, PrintStream out, PrintStream err, UnaryOperator<String> text,
            boolean unicode) {
        if (item instanceof Piece.Text t) out.println(text.apply(t.text()));
        else if (item instanceof Piece.Math m) out.println(text.apply(m.text()));
        else if (item instanceof Piece.Image i) out.println(i.picture().text(80, unicode).stripTrailing());
        else if (item instanceof Piece.Check c)
            out.println(text.apply(c.passed() ? "✓ holds" : "✗ does not hold: " + c.message()));
        else if (item instanceof Piece.Error e) {
            out.flush();
            err.println(text.apply(e.rendered()));
        } else throw new AssertionError(item);
    }
}
