package gd.teach;

import gd.expr.Expr;

/**
 * How explain words its lines in a notation. Infix and S-expressions are plain text; LaTeX lines
 * are LaTeX text with the math in $...$ and a line break at the end, so that they compile when
 * pasted into a document (the last line, d's result, is bare math as latex() prints it).
 */
record Voice(Notation notation) {

    boolean latex() { return notation == Notation.LATEX; }

    String show(Expr e) { return notation.print(e); }

    /** Math inside a line of text. */
    String math(String s) { return latex() ? "$" + s + "$" : s; }

    /** Words inside a line of text: LaTeX's special characters escaped. */
    String words(String s) { return latex() ? s.replaceAll("([_%&#$])", "\\\\$1").replace("→", "$\\to$") : s; }

    /** A finished line of text (not the last): in LaTeX it ends the line. */
    String line(String s) { return latex() ? s + " \\\\" : s; }

    /**
     * "d/dx u" as math, a compound u in brackets: d/dx(x*y + x), d/dx sin(x), \frac{d}{dx}\left(x y + x\right).
     * A hole (d/dx u inside a longer formula) brackets a call too, d/dx(cos(x))/cos(x), and in
     * S-expressions is one itself, (d/dx (cos x)).
     */
    String d(Expr.Sym x, Expr u, boolean hole) {
        String s = show(u);
        boolean compound = u instanceof Expr.Apply || hole && u instanceof Expr.Call;
        if (latex()) return "\\frac{d}{d" + show(x) + "}" + (compound ? "\\left(" + s + "\\right)" : " " + s);
        String d = "d/d" + x.name();
        if (notation == Notation.SEXPR) return hole ? "(" + d + " " + s + ")" : d + " " + s;
        return d + (compound ? "(" + s + ")" : " " + s);
    }

    /** "dc/dx", the derivative of a leaf: \frac{dc}{dx} in LaTeX. */
    String ratio(Expr top, Expr.Sym x) {
        return latex() ? "\\frac{d" + show(top) + "}{d" + show(x) + "}" : "d" + show(top) + "/d" + show(x);
    }

    /** d(u) applied to a formula's operand: d(u + v), d\left(u + v\right). */
    String differential(Expr operand) {
        return latex() ? "d\\left(" + show(operand) + "\\right)" : "d(" + show(operand) + ")";
    }
}
