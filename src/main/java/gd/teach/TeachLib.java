package gd.teach;

import gd.eval.Args;
import gd.eval.Builtin;
import gd.eval.Library;
import gd.eval.Values;
import gd.expr.Expr;

import java.util.List;
import java.util.function.Function;

/** The teaching built-ins: notations, explain, check, same, graph, and the swell meter. */
public final class TeachLib implements Library {

    @Override public List<Builtin> builtins() {
        return List.of(
            new Builtin("infix", "infix(e)", "e written as Python would: infix(x**2 + 2*x*y) is x**2 + 2*x*y", a -> Infix.print(a.expect(1, 1).expr(0))),
            new Builtin("latex", "latex(e)", "e as LaTeX: latex(x**2/y) is \\frac{x^{2}}{y}", a -> Latex.print(a.expect(1, 1).expr(0))),
            new Builtin("sexpr", "sexpr(text)", "reads an S-expression back, as printed: sexpr(\"(+ x 1)\") is (+ x 1)", TeachLib::sexpr),
            new Builtin("notation", "notation(\"infix\")", "how later results print: \"sexpr\" (the default), \"infix\" or \"latex\"", TeachLib::notation));
    }

    private static Object sexpr(Args a) {
        a.expect(1, 1);
        if (!(a.get(0) instanceof String text)) throw a.errorAt(0, "sexpr reads a string like \"(+ x 1)\", got " + Values.describe(a.get(0)));
        try {
            return SExprReader.read(text);
        } catch (SExprReader.BadSExpr e) {
            throw a.errorAt(0, "sexpr: " + e.getMessage() + " (at character " + (e.at + 1) + " of the string)");
        }
    }

    private static Object notation(Args a) {
        a.expect(1, 1);
        Object name = a.get(0);
        Function<Expr, String> printer = name instanceof String s ? Notations.printer(s) : null;
        if (printer == null) throw a.errorAt(0, "notation is one of \"sexpr\", \"infix\", \"latex\", got " + Values.describe(name));
        a.interp().notation(printer);
        return null;
    }
}
