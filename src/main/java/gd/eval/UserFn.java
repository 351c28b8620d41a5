package gd.eval;

import gd.ast.Node;

import java.util.List;

/** A function the user defined with f(x, y) = body. Its body sees globals as they are when it is called. */
public record UserFn(String name, List<String> params, Node body) {
    @Override public String toString() { return "<function " + name + "(" + String.join(", ", params) + ")>"; }
}
