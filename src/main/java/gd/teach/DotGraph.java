package gd.teach;

import gd.ast.Span;
import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.NumFormat;
import gd.expr.Op;
import gd.grad.Tape;

import java.util.List;
import java.util.Map;

/**
 * graph(e): Graphviz DOT of an expression as the shared graph it is, one node per distinct
 * subexpression. With at={x: 1, y: 2} each node also shows its value and its gradient (the
 * adjoint d e / d node from one backward pass), as micrograd's draw_dot does.
 */
final class DotGraph {
    private DotGraph() {}

    /** graph's options, read: at (null without at=) has every symbol's value; file is null without to=. */
    record Spec(Expr e, Map<Expr.Sym, Num> at, String file, Span to) {}

    /** The graph (its DOT text) without to=, else the line saying which file was written. */
    static Object run(Spec s) {
        Dag dag = new Dag(s.e());
        double[] values = null, grads = null;
        if (s.at() != null) {
            double[][] nodes = Tape.everyNode(s.e(), x -> s.at().get(x).doubleValue());
            values = nodes[0];
            grads = nodes[1];
        }
        String dot = dot(dag, values, grads);
        if (s.file() == null) return new Graph(dot, dag.size());
        return DotFile.write(dot, s.file(), s.to()) + " (" + dag.size() + " nodes)";
    }

    static String dot(Dag dag, double[] values, double[] grads) {
        StringBuilder sb = new StringBuilder("digraph gd {\n  rankdir=LR;\n  node [shape=record, "
                + "fontname=\"Helvetica\"];\n");
        List<Expr> order = dag.order;
        for (int i = 0; i < order.size(); i++) {
            Expr e = order.get(i);
            String label = escape(label(e));
            if (values != null)
                label = "{ " + label + " | value " + NumFormat.table(values[i]) + " | grad " + NumFormat.table(grads[i]) + " }";
            sb.append("  n").append(i).append(" [label=\"").append(label).append('"')
              .append(e instanceof Expr.Sym ? ", style=filled, fillcolor=\"#e8f0ff\"" : "").append("];\n");
        }
        for (int i = 0; i < order.size(); i++) {
            List<Expr> args = order.get(i).args();
            for (int k = 0; k < args.size(); k++) {
                sb.append("  n").append(dag.index.get(args.get(k))).append(" -> n").append(i);
                String role = role(order.get(i), k);
                sb.append(role.isEmpty() ? "" : " [label=\"" + role + "\"]").append(";\n");
            }
        }
        return sb.append("}").toString();
    }

    private static String label(Expr e) {
        if (e instanceof Num n)
            return n.isExact() && !n.isInteger() ? n.numerator() + "/" + n.denominator() : NumFormat.format(n);
        if (e instanceof Expr.Sym s) return s.name();
        if (e instanceof Expr.Call c) return c.fn().fnName();
        return ((Expr.Apply) e).op().symbol;
    }

    /** Which operand an edge feeds, where order matters. */
    private static String role(Expr parent, int k) {
        if (!(parent instanceof Expr.Apply a)) return "";
        if (a.op() == Op.POW) return k == 0 ? "base" : "exponent";
        if (a.op() == Op.DIV) return k == 0 ? "numerator" : "denominator";
        if (a.op() == Op.SUB) return k == 0 ? "+" : "−";
        return "";
    }

    /** Characters that mean something inside a record label. */
    private static String escape(String s) { return s.replaceAll("([{}|<>\"\\\\])", "\\\\$1"); }
}
