package gd.grad;

import gd.expr.DataSum;
import gd.expr.Expr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A loss laid out once for reverse mode: its graph in topological order, constants folded, and
 * the symbols it holds. Which parameters it has is a question to it, and compiling takes it, so a
 * big loss is walked once for both (the caller holds the layout between the two).
 */
public final class Layout {
    private final Expr loss;
    final TapeBuilder nodes;
    /** The data each of the layout's kernels runs over, for this loss (a tape binds its kernels to them before each pass). */
    final DataSum[] sums;

    private Layout(Expr loss, TapeBuilder nodes, DataSum[] sums) {
        this.loss = loss;
        this.nodes = nodes;
        this.sums = sums;
    }

    private Layout(Expr loss, TapeBuilder nodes) { this(loss, nodes, nodes.sums()); }

    public static Layout of(Expr loss) { return new Layout(loss, TapeBuilder.layout(loss, true)); }

    /** Every node kept as it stands, constants unfolded: for showing each node's value and adjoint. */
    static Layout unfolded(Expr loss) { return new Layout(loss, TapeBuilder.layout(loss, false)); }

    /** This layout for another loss of its shape, whose data sums run over other rows; throws ArithmeticException when a row's number has no value. */
    Layout rebound(Expr other, DataSum[] data) {
        RowKernel[] kernels = nodes.kernels();
        for (int i = 0; i < kernels.length; i++) kernels[i].bind(data[i]);
        return new Layout(other, nodes, data.clone());
    }

    int kernels() { return sums.length; }

    public Expr loss() { return loss; }

    /** The symbols of the loss, in the order the layout met them. */
    public List<Expr.Sym> symbols() { return Collections.unmodifiableList(nodes.symbols()); }

    /** The declared parameters (in their order) that occur in the loss. */
    public List<Expr.Sym> params(Collection<Expr.Sym> declared) {
        Set<Expr.Sym> found = Collections.newSetFromMap(new IdentityHashMap<>());
        found.addAll(nodes.symbols());
        List<Expr.Sym> out = new ArrayList<>();
        for (Expr.Sym p : declared) if (found.contains(p)) out.add(p);
        return out;
    }
}
