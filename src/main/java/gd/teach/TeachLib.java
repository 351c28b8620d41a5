package gd.teach;

import gd.eval.Args;
import gd.eval.Builtin;
import gd.eval.Library;
import gd.eval.Values;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.List;
import java.util.function.Consumer;

/** The teaching built-ins: notations, explain, check, same, graph, and the swell meter. */
public final class TeachLib implements Library {
    private final Consumer<Notation> setNotation;

    /** setNotation is the session's: notation("infix") changes how the session prints. */
    public TeachLib(Consumer<Notation> setNotation) { this.setNotation = setNotation; }

    @Override public List<Builtin> builtins() {
        return List.of(
            new Builtin("infix", "infix(e)", "e written as Python would: infix(x**2 + 2*x*y) is x**2 + 2*x*y",
                    a -> Infix.print(a.expect(1, 1).expr(0))),
            new Builtin("latex", "latex(e)", "e as LaTeX: latex(x**2/y) is \\frac{x^{2}}{y}",
                    a -> Latex.print(a.expect(1, 1).expr(0))),
            new Builtin("sexpr", "sexpr(text)", "reads an S-expression back, as printed: sexpr(\"(+ x 1)\") is (+ x 1)",
                    TeachLib::sexpr),
            new Builtin("notation", "notation(\"infix\")",
                    "how later results print: \"sexpr\" (the default), \"infix\" or \"latex\"", this::notation),
            new Builtin("explain", "explain(e, x, raw=false, notation=\"infix\")",
                    "prints the derivation of d(e, x) step by step, each rule named, then the simplifier's rewrites; "
                            + "its last line is d(e, x): explain(x**2*sin(x), x)", TeachLib::explain),
            new Builtin("check", "check(e, {x: 1.5}, grad={x: ...}, tol=1e-6)",
                    "a gradient check: for each symbol, the symbolic derivative (or the one given in grad), the "
                            + "reverse-mode gradient and a finite difference, with relative errors; true when all "
                            + "agree: check(x**2*y, {x: 1.5, y: 2})", a -> Check.run(TeachOptions.check(a))),
            new Builtin("same", "same(e1, e2)",
                    "whether two expressions are equal: their difference simplifies to 0, or they agree at many "
                            + "random points; says which test decided: assert same(d(x**2, x), 2*x)",
                            a -> Same.decide(a.expect(2, 2).expr(0), a.expr(1))),
            new Builtin("graph", "graph(e, at={x: 1}, to=\"g.svg\")",
                    "Graphviz DOT of e as a shared graph, one node per distinct subexpression; at= adds each node's "
                            + "value and gradient; to= writes .dot, or .svg/.png/.pdf through Graphviz: graph(x*y + x)",
                            a -> DotGraph.run(TeachOptions.graph(a))),
            new Builtin("nodes", "nodes(e)",
                    "the number of distinct nodes in e's shared graph (size(e) counts the printed tree): nodes((x + "
                            + "1)*(x + 1)) is 4", a -> Num.of(new Dag(a.expect(1, 1).expr(0)).size())),
            new Builtin("cse", "cse(e)",
                    "e with each repeated subexpression named once: t1 = ... lines, then the expression: cse(sin(x + "
                            + "1)*(x + 1))", a -> Cse.print(a.expect(1, 1).expr(0))));
    }

    private static Object explain(Args a) {
        a.expect(2, 2, "raw", "notation");
        Expr e = a.expr(0);
        Expr.Sym x = TeachOptions.symbol(a, 1, "explain");
        Notation n = TeachOptions.notation(a, Notation.INFIX);
        for (String line : Explain.lines(e, x, a.flag("raw", false), n)) a.out().line(line);
        return null;
    }

    private static Object sexpr(Args a) {
        a.expect(1, 1);
        if (!(a.get(0) instanceof String text))
            throw a.errorAt(0, "sexpr reads a string like \"(+ x 1)\", got " + Values.describe(a.get(0)));
        try {
            return SExprReader.read(text);
        } catch (SExprReader.BadSExpr e) {
            throw a.errorAt(0, "sexpr: " + e.getMessage() + " (at character " + (e.at + 1) + " of the string)");
        }
    }

    private Object notation(Args a) {
        a.expect(1, 1);
        Notation n = Notation.named(a.get(0));
        if (n == null) throw a.errorAt(0, Notation.unknown(Values.describe(a.get(0))));
        setNotation.accept(n);
        return null;
    }
}
