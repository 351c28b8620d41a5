package gd.eval;

import gd.ast.BinOp;
import gd.ast.Node;
import gd.expr.Expr;
import gd.expr.Num;

/** What a failed assert says: for a comparison or a two-argument test, both sides' values. */
final class Asserts {
    private Asserts() {}


    static String explain(Node condition, Interpreter in, java.util.Map<String, Object> locals) {
        String text = source(condition);
        if (condition instanceof Node.Binary b && b.op() != BinOp.AND && b.op() != BinOp.OR) {
            Object left = in.eval(b.left(), locals), right = in.eval(b.right(), locals);
            String both = text + "\n  left:  " + Values.show(left) + "\n  right: " + Values.show(right);
            boolean symbolic = left instanceof Expr && !(left instanceof Num)
                    || right instanceof Expr && !(right instanceof Num);
            if (b.op() != BinOp.EQ || !symbolic) return both;
            // == on expressions compares them as written (as SymPy's == does): 2*x + 1 is not 1 + 2*x
            return both + "\n  == compares expressions as they are written; to ask whether they are equal as math, "
                    + "write: assert same("
                    + code(b.left()) + ", " + code(b.right()) + ")";
        }
        if (condition instanceof Node.Call c && c.args().size() == 2)
            return text + "\n  first:  " + Values.show(in.eval(c.args().get(0), locals)) + "\n  second: "
                    + Values.show(in.eval(c.args().get(1), locals));
        return text;
    }

    private static String source(Node n) { return "'" + code(n) + "'"; }

    private static String code(Node n) {
        String line = n.span().source().line(n.span().line());
        int end = Math.min(line.length(), n.span().col() + n.span().length());
        return line.substring(Math.min(n.span().col(), end), end);
    }
}
