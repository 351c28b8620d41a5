package gd.eval;

import gd.ast.Node;
import gd.ast.Stmt;

import java.util.List;

/**
 * A function the user defined: f(x, y) = body (an expression), or def f(x, y): with a block of
 * statements (then body is null). Its body sees globals as they are when it is called.
 */
public record UserFn(String name, List<String> params, Node body, List<Stmt> block) {
    public UserFn {
        params = List.copyOf(params);
        block = block == null ? null : List.copyOf(block);
    }

    @Override public String toString() { return "<function " + name + "(" + String.join(", ", params) + ")>"; }
}
