package gd.simplify;

import gd.expr.Expr;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/** Facts about an expression as a shared graph, found without recursion (the input may be 100,000 deep). */
final class Uses {
    private Uses() {}

    /** How many argument slots refer to each node (the root counts once). */
    static Map<Expr, Integer> count(Expr root) {
        Map<Expr, Integer> uses = new IdentityHashMap<>();
        Deque<Expr> todo = new ArrayDeque<>();
        uses.put(root, 1);
        todo.push(root);
        while (!todo.isEmpty()) {
            for (Expr child : todo.pop().args()) {
                Integer n = uses.merge(child, 1, Integer::sum);
                if (n == 1) todo.push(child);
            }
        }
        return uses;
    }
}
