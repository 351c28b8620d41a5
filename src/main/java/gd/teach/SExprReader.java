package gd.teach;

import gd.expr.Constants;
import gd.expr.Expr;
import gd.expr.Fn;
import gd.expr.Num;
import gd.expr.Op;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what SExpr.print writes, so printed output can be pasted back: (+ x 1), n-ary (+ a b c)
 * and (* a b c), exact rationals (/ 2 3), functions (sin x), (max x 0), (where (> x 0) x 0). Nodes are built as they stand, never
 * simplified, so reading a printed expression gives back that very expression.
 */
public final class SExprReader {
    /** A complaint about the text, with the 0-based character where it was noticed. */
    public static final class BadSExpr extends RuntimeException {
        public final int at;
        BadSExpr(int at, String message) { super(message); this.at = at; }
    }

    private static final String FUNCTIONS = String.join(" ",
            java.util.stream.Stream.of(Fn.values()).filter(Fn::isNamed).map(Fn::fnName).toList());

    private final String text;
    private int pos;

    private SExprReader(String text) { this.text = text; }

    public static Expr read(String text) {
        SExprReader r = new SExprReader(text);
        if (text.contains("…") || text.contains("nodes not shown"))
            throw new BadSExpr(Math.max(0, text.indexOf('…')),
                    "this S-expression was cut short when it was printed ('…'), so it cannot be read back");
        Expr e = r.expr();
        r.skipSpace();
        if (r.pos < text.length())
            throw new BadSExpr(r.pos, "unexpected '" + text.charAt(r.pos) + "' after the end of the expression");
        return e;
    }

    private Expr expr() {
        skipSpace();
        if (pos >= text.length())
            throw new BadSExpr(pos, "the S-expression ends too early; an expression was expected");
        if (text.charAt(pos) == '(') return list();
        if (text.charAt(pos) == ')') throw new BadSExpr(pos, "unexpected ')'");
        return atom(word());
    }

    private Expr list() {
        int open = pos++;
        skipSpace();
        String head = word();
        List<Expr> args = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= text.length()) throw new BadSExpr(open, "this '(' is never closed");
            if (text.charAt(pos) == ')') break;
            args.add(expr());
        }
        pos++;
        return node(head, args, open);
    }

    private static Expr node(String head, List<Expr> args, int at) {
        Fn fn = Fn.byName(head);
        if (fn == null) fn = comparison(head);
        if (fn != null) {
            if (args.size() != fn.arity())
                throw new BadSExpr(at, head + " takes " + (fn.arity() == 1 ? "one argument" : fn.arity() + " arguments")
                        + ", got " + args.size());
            return Expr.call(fn, args);
        }
        Op op;
        try {
            op = Op.fromSymbol(head);
        } catch (IllegalArgumentException e) {
            throw new BadSExpr(at, "'" + head + "' is not an operator (+ - * / **) or a function (" + FUNCTIONS + ")");
        }
        if (args.size() < 2 || args.size() > 2 && !op.isNary())
            throw new BadSExpr(at, "(" + head + " ...) takes " + (op.isNary() ? "two or more" : "two")
                    + " arguments, got " + args.size());
        if (op == Op.DIV && args.get(0) instanceof Num p && p.isInteger() && args.get(1) instanceof Num q
                && q.isInteger()
                && q.signum() > 0 && !q.isOne() && p.numerator().gcd(q.numerator()).equals(BigInteger.ONE))
            return Num.rational(p.numerator(), q.numerator());     // how the printer writes an exact rational
        return Expr.apply(op, args);
    }

    /** (&gt; a b) and the other comparisons, which gd writes as operators. */
    private static Fn comparison(String head) {
        for (Fn f : Fn.values()) if (f.isComparison() && f.fnName().equals(head)) return f;
        return null;
    }

    private Expr atom(String w) {
        if (w.matches("[-+]?[0-9]+")) return Num.of(new BigInteger(w));
        if (w.matches("inf|-inf|nan"))
            return Num.of(w.equals("nan") ? Double.NaN : w.startsWith("-") ? Double.NEGATIVE_INFINITY
                    : Double.POSITIVE_INFINITY);
        if (w.matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) return Num.of(Double.parseDouble(w));
        if (w.matches("[A-Za-z_][A-Za-z_0-9]*")) return Constants.byName(w) != null ? Constants.byName(w) : Expr.sym(w);
        throw new BadSExpr(pos - w.length(), "'" + w + "' is neither a number nor a symbol");
    }

    private String word() {
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != '('
                && text.charAt(pos) != ')')
            pos++;
        if (start == pos)
            throw new BadSExpr(pos, pos < text.length()
                    ? "expected an operator or a name, found '" + text.charAt(pos) + "'"
                    : "the S-expression ends too early");
        return text.substring(start, pos);
    }

    private void skipSpace() { while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++; }
}
