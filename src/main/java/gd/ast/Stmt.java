package gd.ast;

import java.util.List;

/** A statement of the gd language. Every statement carries its span, for error messages. */
public sealed interface Stmt {
    Span span();

    /** params m b, or params m=0.5 b=1: declares symbols with initial values (0 unless given). */
    record Params(List<Decl> decls, Span span) implements Stmt {
        public Params { decls = List.copyOf(decls); }
    }
    record Decl(String name, Node init, Span span) {}
    record Assign(String name, Node value, Span span) implements Stmt {}
    /** a, b = [1, 2] */
    record Unpack(List<String> names, Node value, Span span) implements Stmt {
        public Unpack { names = List.copyOf(names); }
    }
    /** f(x, y) = body */
    record Def(String name, List<String> params, Node body, Span span) implements Stmt {
        public Def { params = List.copyOf(params); }
    }
    record Assert(Node condition, Node message, Span span) implements Stmt {}
    record ExprStmt(Node expr, Span span) implements Stmt {}
    /** xs[i] = v, d[k][j] = v: the item of a list or dict held by a name. */
    record SetItem(Node.Index target, Node value, Span span) implements Stmt {}
    /** x += v, xs[i] -= v: target is a Node.Name or a Node.Index. */
    record AugAssign(Node target, BinOp op, Node value, Span span) implements Stmt {}
    /** if/elif/else: the first true condition's body runs, else orElse (empty when there is no else). */
    record If(List<Node> conditions, List<List<Stmt>> bodies, List<Stmt> orElse, Span span) implements Stmt {
        public If {
            conditions = List.copyOf(conditions);
            bodies = List.copyOf(bodies);
            orElse = List.copyOf(orElse);
        }
    }
    record While(Node condition, List<Stmt> body, Span span) implements Stmt {
        public While { body = List.copyOf(body); }
    }
    record For(List<String> vars, Node iter, List<Stmt> body, Span span) implements Stmt {
        public For { vars = List.copyOf(vars); body = List.copyOf(body); }
    }
    /** def f(x, y): with a block body. */
    record FnDef(String name, List<String> params, List<Stmt> body, Span span) implements Stmt {
        public FnDef { params = List.copyOf(params); body = List.copyOf(body); }
    }
    /** return, or return v; value is null for a bare return. */
    record Return(Node value, Span span) implements Stmt {}
    record Break(Span span) implements Stmt {}
    record Continue(Span span) implements Stmt {}
    record Pass(Span span) implements Stmt {}
}
