package gd.eval;

import gd.ast.BinOp;
import gd.ast.Node;

/** What a failed assert says: for a comparison or a two-argument test, both sides' values. */
final class Asserts {
    private Asserts() {}

    static String explain(Node condition, Interpreter in, java.util.Map<String, Object> locals) {
        String text = source(condition);
        if (condition instanceof Node.Binary b && b.op() != BinOp.AND && b.op() != BinOp.OR)
            return text + "\n  left:  " + Values.show(in.eval(b.left(), locals)) + "\n  right: " + Values.show(in.eval(b.right(), locals));
        if (condition instanceof Node.Call c && c.args().size() == 2)
            return text + "\n  first:  " + Values.show(in.eval(c.args().get(0), locals)) + "\n  second: " + Values.show(in.eval(c.args().get(1), locals));
        return text;
    }

    private static String source(Node n) {
        String line = n.span().source().line(n.span().line());
        int end = Math.min(line.length(), n.span().col() + n.span().length());
        return "'" + line.substring(Math.min(n.span().col(), end), end) + "'";
    }
}
