package gd.teach;

import gd.eval.Values;
import gd.expr.Num;

/**
 * What graph(e) gives without to=: the Graphviz DOT text, which it prints as, so that a
 * notebook can also show the graph drawn (as SVG, when Graphviz is installed). Its fields:
 * g.dot (the text) and g.nodes (how many distinct nodes).
 */
public record Graph(String dot, int nodes) implements Values.Shown {
    @Override public String show() { return dot; }

    @Override public Object attr(String name) {
        return switch (name) {
            case "dot" -> dot;
            case "nodes" -> Num.of(nodes);
            default -> null;
        };
    }

    /** The graph drawn by Graphviz as SVG, or null where dot is missing or fails (the text then stands alone). */
    public String svg() { return DotFile.svg(dot); }
}
