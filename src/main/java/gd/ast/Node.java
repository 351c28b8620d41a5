package gd.ast;

import gd.expr.Num;

import java.util.List;

/** An expression of the gd language as written (not to be confused with gd.expr.Expr, the symbolic values it computes). */
public sealed interface Node {
    Span span();

    record NumLit(Num value, Span span) implements Node {}
    record StrLit(String value, Span span) implements Node {}
    record BoolLit(boolean value, Span span) implements Node {}
    record Name(String name, Span span) implements Node {}
    /** Arithmetic, comparison and and/or. */
    record Binary(BinOp op, Node left, Node right, Span span) implements Node {}
    record Unary(UnOp op, Node operand, Span span) implements Node {}
    record Call(Node fn, List<Node> args, List<Keyword> keywords, Span span) implements Node {
        public Call { args = List.copyOf(args); keywords = List.copyOf(keywords); }
    }
    record Keyword(String name, Node value, Span span) {}
    record Index(Node target, Node index, Span span) implements Node {}
    /** xs[lo:hi:step]; each part may be null (absent). */
    record Slice(Node target, Node lo, Node hi, Node step, Span span) implements Node {}
    /** a if condition else b */
    record Cond(Node condition, Node then, Node orElse, Span span) implements Node {}
    /** f"text {expr:spec} text": texts has one more element than holes; a spec is "" when none was given. */
    record FString(List<String> texts, List<Node> holes, List<String> specs, Span span) implements Node {
        public FString {
            texts = List.copyOf(texts);
            holes = List.copyOf(holes);
            specs = List.copyOf(specs);
        }
    }
    record Attr(Node target, String name, Span span) implements Node {}
    record ListLit(List<Node> items, Span span) implements Node {
        public ListLit { items = List.copyOf(items); }
    }
    /** [body for vars in iter if cond ...] and generator arguments, which gd evaluates eagerly. */
    record Comp(Node body, List<For> fors, Span span) implements Node {
        public Comp { fors = List.copyOf(fors); }
    }
    record For(List<String> vars, Node iter, List<Node> conditions) {
        public For { vars = List.copyOf(vars); conditions = List.copyOf(conditions); }
    }
    record DictLit(List<Node> keys, List<Node> values, Span span) implements Node {
        public DictLit { keys = List.copyOf(keys); values = List.copyOf(values); }
    }
}
