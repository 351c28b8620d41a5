package gd.teach;

import gd.expr.Expr;
import gd.expr.SExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The ways an expression can be written: the seed's S-expressions (the default), infix, LaTeX.
 * The one list of notations: notation(), explain's notation= and the REPL's :show all read it;
 * which one is current belongs to the session.
 */
public enum Notation {
    SEXPR("sexpr", SExpr::print),
    INFIX("infix", Infix::print),
    LATEX("latex", Latex::print);

    private final String label;
    private final Function<Expr, String> printer;

    Notation(String label, Function<Expr, String> printer) {
        this.label = label;
        this.printer = printer;
    }

    /** The name users type: "sexpr", "infix", "latex". */
    public String label() { return label; }

    public String print(Expr e) { return printer.apply(e); }

    /** The notation a user named, or null for any other name or value. */
    public static Notation named(Object name) {
        for (Notation n : values()) if (n.label.equals(name)) return n;
        return null;
    }

    /** Every name, in order: sexpr, infix, latex. */
    public static List<String> labels() {
        List<String> names = new ArrayList<>();
        for (Notation n : values()) names.add(n.label);
        return names;
    }

    /** The complaint for a name that is none of them, as notation() and notation= give it. */
    public static String unknown(String got) {
        return "notation is one of \"" + String.join("\", \"", labels()) + "\", got " + got;
    }
}
