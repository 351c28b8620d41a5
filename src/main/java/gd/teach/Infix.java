package gd.teach;

import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.NumFormat;
import gd.expr.Op;

/**
 * Python-style infix with minimal parentheses: 2*x + y, -x**2 (read by Python as -(x**2)),
 * (a + b)**2, x**-1, max(x, 0), x > 0 (looser than any arithmetic, as in Python). The text reads back (through gd's own parser) to an expression with the
 * same value. Unary minus, whether the seed's (- 0 e) or the tidy (* -1 e), prints as '-'.
 * Like SExpr.print, a tree past the budget prints '…' for what it leaves out.
 */
public final class Infix {
    static final int COMPARISON = 0, SUM = 1, PRODUCT = 2, UNARY = 3, POWER = 4, ATOM = 5;
    private static final long BUDGET = 20_000;

    private long left;
    private boolean cut;

    private Infix(long budget) { this.left = budget; }

    public static String print(Expr e) {
        Infix p = new Infix(BUDGET);
        String text = p.write(e).text;
        return p.cut ? text + "  [" + (e.size() == Long.MAX_VALUE ? "over 9e18" : e.size()) + " nodes, not all shown]" : text;
    }

    /** Printed text and the precedence of its outermost operator. */
    private record Part(String text, int prec) {}

    private Part write(Expr e) {
        if (left-- <= 0) { cut = true; return new Part("…", ATOM); }
        if (e instanceof Num n) return number(n);
        if (e instanceof Expr.Sym s) return new Part(s.name(), ATOM);
        if (e instanceof Expr.Call c && c.fn().isComparison())
            return new Part(at(c.arg(), SUM) + " " + c.fn().fnName() + " " + at(c.args().get(1), SUM), COMPARISON);
        if (e instanceof Expr.Call c) return new Part(c.fn().fnName() + "(" + arguments(c) + ")", ATOM);
        if (e instanceof Expr.Apply a) return apply(a);
        throw new AssertionError(e);
    }

    private String arguments(Expr.Call c) {
        StringBuilder sb = new StringBuilder();
        for (Expr a : c.args()) sb.append(sb.length() == 0 ? "" : ", ").append(write(a).text);
        return sb.toString();
    }

    private static Part number(Num n) {
        if (n.isExact() && !n.isInteger()) return new Part(n.numerator() + "/" + n.denominator(), PRODUCT);
        double d = n.doubleValue();          // infinities and nan as Python writes them so that they read back: float("inf")
        String s = Double.isFinite(d) || n.isExact() ? NumFormat.literal(n) : (d < 0 ? "-" : "") + "float(\"" + (Double.isNaN(d) ? "nan" : "inf") + "\")";
        return new Part(s, s.startsWith("-") ? UNARY : ATOM);
    }

    private Part apply(Expr.Apply a) {
        Expr negated = Terms.negated(a);
        if (negated != null) return negation(negated);
        switch (a.op()) {
            case ADD: return sum(a);
            case SUB: return new Part(at(a.left(), SUM) + " " + minus(write(a.right()), SUM), SUM);
            case MUL: return product(a);
            case DIV: return new Part(at(a.left(), PRODUCT) + "/" + above(a.right(), PRODUCT), PRODUCT);
            default: return new Part(above(a.left(), POWER) + "**" + at(a.right(), UNARY), POWER);
        }
    }

    /** -u: a product keeps its reading (-x*y is (-x)*y, the same number); anything looser gets parentheses. */
    private Part negation(Expr u) {
        Part p = write(u);
        if (p.prec == PRODUCT && !p.text.startsWith("-")) return new Part("-" + p.text, PRODUCT);
        return new Part("-" + (p.prec >= POWER ? p.text : "(" + p.text + ")"), UNARY);
    }

    private Part sum(Expr.Apply a) {
        StringBuilder sb = new StringBuilder(at(a.args().get(0), SUM));
        for (int i = 1; i < a.args().size(); i++) {
            Part term = write(a.args().get(i));
            if (term.text.startsWith("-") && term.prec >= PRODUCT) sb.append(" - ").append(term.text.substring(1));
            else sb.append(" + ").append(term.prec > SUM ? term.text : "(" + term.text + ")");
        }
        return new Part(sb.toString(), SUM);
    }

    private Part product(Expr.Apply a) {
        StringBuilder sb = new StringBuilder(at(a.args().get(0), PRODUCT));
        for (int i = 1; i < a.args().size(); i++) sb.append('*').append(above(a.args().get(i), PRODUCT));
        return new Part(sb.toString(), PRODUCT);
    }

    /** The right side of a binary minus: 'a - b', 'a - -3', 'a - (b + c)'. */
    private static String minus(Part right, int prec) {
        return "- " + (right.prec > prec ? right.text : "(" + right.text + ")");
    }

    /** e printed where its precedence must be at least prec. */
    private String at(Expr e, int prec) {
        Part p = write(e);
        return p.prec >= prec ? p.text : "(" + p.text + ")";
    }

    /** e printed where its precedence must be above prec (a right operand of a left-associative operator). */
    private String above(Expr e, int prec) { return at(e, prec + 1); }
}
