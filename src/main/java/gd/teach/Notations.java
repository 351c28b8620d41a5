package gd.teach;

import gd.expr.Expr;
import gd.expr.SExpr;

import java.util.List;
import java.util.function.Function;

/** The ways an expression can be written: the seed's S-expressions (the default), infix, LaTeX. */
public final class Notations {
    private Notations() {}

    public static final List<String> NAMES = List.of("sexpr", "infix", "latex");

    /** The printer for "sexpr", "infix" or "latex"; null for any other name. For Interpreter.notation and the REPL's :show. */
    public static Function<Expr, String> printer(String name) {
        if (name == null) return null;
        switch (name) {
            case "sexpr": return SExpr::print;
            case "infix": return Infix::print;
            case "latex": return Latex::print;
            default: return null;
        }
    }
}
