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
}
