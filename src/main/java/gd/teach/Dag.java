package gd.teach;

import gd.expr.Cancel;
import gd.expr.Expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An expression as the shared graph it really is: each distinct node once, children before
 * parents in the order a left-to-right post-order walk meets them (the order of the tape's
 * layout), found iteratively, so a 100,000-deep chain is fine. Values and gradients on it come
 * from the one reverse mode, {@link gd.grad.Tape}.
 */
final class Dag {
    final List<Expr> order = new ArrayList<>();             // topological: children first, root last
    final Map<Expr, Integer> index = new IdentityHashMap<>();

    Dag(Expr root) {
        Deque<Expr> stack = new ArrayDeque<>();
        Deque<Integer> next = new ArrayDeque<>();
        stack.push(root);
        next.push(0);
        index.put(root, -1);
        while (!stack.isEmpty()) {
            Expr e = stack.peek();
            int i = next.pop();
            if (i < e.args().size()) {
                next.push(i + 1);
                Expr child = e.args().get(i);
                if (!index.containsKey(child)) {
                    index.put(child, -1);
                    stack.push(child);
                    next.push(0);
                }
                continue;
            }
            stack.pop();
            index.put(e, order.size());
            order.add(e);
            if ((order.size() & 0xFFF) == 0) Cancel.check();
        }
    }

    int size() { return order.size(); }

    /** The symbols, in the order they first occur reading left to right. */
    List<Expr.Sym> symbols() {
        List<Expr.Sym> syms = new ArrayList<>();
        for (Expr e : order) if (e instanceof Expr.Sym s && !s.isConstant()) syms.add(s);
        return syms;
    }
}
