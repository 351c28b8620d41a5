package gd.grad;

import gd.expr.Cancel;
import gd.expr.Expr;
import gd.expr.Num;
import gd.expr.Op;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays an expression graph out in topological order (children before parents, each shared node
 * once) with an explicit stack instead of recursion. A subtree without parameters is folded to
 * one constant here, once, so that training steps only touch nodes whose value can change.
 * Symbols are numbered as they are met; {@link TapeCode} maps them to parameters, so one layout
 * serves both to find a loss's parameters and to compile it.
 */
final class TapeBuilder {
    private byte[] op = new byte[64];
    private int[] arg = new int[64], kidStart = new int[65], kids = new int[128];
    private double[] constant = new double[64];
    private int n, k;
    private int[] operands = new int[64];      // layout indices of children waiting for their parent (walk)
    private int operandTop;
    private final NodeIndex index;
    private final Map<Expr.Sym, Integer> symbolIndex = new IdentityHashMap<>();
    private final List<Expr.Sym> symbols = new ArrayList<>();
    private final Map<Expr, RowKernel> kernelOf = new IdentityHashMap<>();
    private final List<RowKernel> kernels = new ArrayList<>();

    private final boolean folds;

    private TapeBuilder(Expr root, boolean folds) {
        index = new NodeIndex(root.size());
        this.folds = folds;
    }

    /** The layout of root; folds=false keeps every node as it stands (graph shows each one's value and adjoint). */
    static TapeBuilder layout(Expr root, boolean folds) {
        TapeBuilder b = new TapeBuilder(root, folds);
        b.walk(root);
        return b;
    }

    /** The symbols of the graph, in the order they were met; a PARAM node's arg indexes this list. */
    List<Expr.Sym> symbols() { return symbols; }

    /**
     * Post-order without recursion: a node is emitted once all its children have been. A node is
     * pushed only if it is not laid out yet, and nothing but its own descendants can be laid out
     * while it is on the stack, so it needs no second look when it comes back to the top. The
     * children's layout indices wait on a second stack (as operands do in postfix evaluation), so
     * each child is looked up in the index once, not again when its parent is emitted.
     */
    private void walk(Expr root) {
        Expr[] stack = new Expr[64];
        int[] next = new int[64];
        int top = 0;
        stack[0] = root;
        while (top >= 0) {
            Expr e = stack[top];
            List<Expr> args = kids(e);
            int c = next[top];
            if (c < args.size()) {
                next[top]++;
                Expr child = args.get(c);
                int at = index.get(child);
                if (at >= 0) { operand(at); continue; }
                if (++top == stack.length) {
                    stack = Arrays.copyOf(stack, top * 2);
                    next = Arrays.copyOf(next, top * 2);
                }
                stack[top] = child;
                next[top] = 0;
                continue;
            }
            operand(emit(e, args.size()));
            top--;
        }
    }

    /** A node's children in the layout: a data sum's are its parameters (its {@link RowKernel} runs the rest). */
    private List<Expr> kids(Expr e) {
        if (!folds || !(e instanceof Expr.Apply a) || a.data() == null) return e.args();
        if (!kernelOf.containsKey(e)) kernelOf.put(e, RowKernel.of(a.data(), a.rows()));
        RowKernel k = kernelOf.get(e);
        return k == null ? e.args() : k.params;
    }

    private void operand(int at) {
        if (operandTop == operands.length) operands = Arrays.copyOf(operands, operandTop * 2);
        operands[operandTop++] = at;
    }

    /** Lays e out; its arity children are the last operands pushed, which it takes off. */
    private int emit(Expr e, int arity) {
        if ((n & 0xFFFF) == 0xFFFF) Cancel.check();
        grow(arity);
        int i = n++;
        kidStart[i] = k;
        operandTop -= arity;
        System.arraycopy(operands, operandTop, kids, k, arity);
        k += arity;
        RowKernel kernel = kernelOf.get(e);
        if (kernel != null) {
            op[i] = Opcode.DATA;
            arg[i] = kernels.size();
            kernels.add(kernel);
        } else if (e instanceof Num num) {
            op[i] = Opcode.CONST;
            constant[i] = num.doubleValue();
        } else if (e instanceof Expr.Sym s && s.isConstant()) {
            op[i] = Opcode.CONST;
            constant[i] = s.value();
        } else if (e instanceof Expr.Sym s) {
            Integer p = symbolIndex.get(s);
            if (p == null) {
                p = symbols.size();
                symbolIndex.put(s, p);
                symbols.add(s);
            }
            op[i] = Opcode.PARAM;
            arg[i] = p;
        } else if (e instanceof Expr.Call c) {
            op[i] = Opcode.FN;
            arg[i] = c.fn().ordinal();
            if (folds && constantKids(i))
                fold(i, c.fn().arity() == 1 ? c.fn().apply(constant[kids[kidStart[i]]]) : piecewise(c.fn(), i));
        } else if (e instanceof Expr.Apply a) {
            op[i] = Opcode.of(a.op());
            if (folds && constantKids(i)) fold(i, combine(a.op(), i));
        } else throw new AssertionError(e);
        kidStart[i + 1] = k;
        index.put(e, i);
        return i;
    }

    private boolean constantKids(int i) {
        for (int j = kidStart[i]; j < k; j++) if (op[kids[j]] != Opcode.CONST) return false;
        return true;
    }

    /** The operator applied left to right to node i's constant operands, by the operators' one meaning on doubles. */
    private double combine(Op o, int i) {
        double acc = constant[kids[kidStart[i]]];
        for (int j = kidStart[i] + 1; j < k; j++) acc = o.apply(acc, constant[kids[j]]);
        return acc;
    }

    /** A function of several arguments on node i's constant operands. */
    private double piecewise(gd.expr.Fn fn, int i) {
        int s = kidStart[i];
        return fn.apply(constant[kids[s]], constant[kids[s + 1]], fn.arity() > 2 ? constant[kids[s + 2]] : 0.0);
    }

    /** A node whose operands are all constants is computed once, here, and becomes a constant. */
    private void fold(int i, double value) {
        op[i] = Opcode.CONST;
        constant[i] = value;
    }

    private void grow(int children) {
        if (n + 1 >= op.length) {
            int cap = op.length * 2;
            op = Arrays.copyOf(op, cap); arg = Arrays.copyOf(arg, cap);
            kidStart = Arrays.copyOf(kidStart, cap + 1); constant = Arrays.copyOf(constant, cap);
        }
        if (k + children >= kids.length) kids = Arrays.copyOf(kids, Math.max(kids.length * 2, k + children + 1));
    }

    int size() { return n; }
    RowKernel[] kernels() { return kernels.toArray(new RowKernel[0]); }
    gd.expr.DataSum[] sums() { return kernels.stream().map(RowKernel::data).toArray(gd.expr.DataSum[]::new); }
    byte[] ops() { return Arrays.copyOf(op, n); }
    int[] args() { return Arrays.copyOf(arg, n); }
    int[] kidStarts() { return Arrays.copyOf(kidStart, n + 1); }
    int[] kids() { return Arrays.copyOf(kids, k); }
    double[] constants(int size) { return Arrays.copyOf(constant, size); }
}
