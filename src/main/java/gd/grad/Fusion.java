package gd.grad;

/**
 * Which nodes of a layout the packed tape merges into the node that uses them, so that a step
 * runs fewer nodes: a sum chain (+ (+ (+ 0 t1) t2) t3), the shape sum(...) builds, becomes one
 * n-ary sum; and a product with a constant, c*p, becomes part of the sum it feeds when it comes
 * right before it (x + c*p: one AXPY node). Merged nodes have no other use, so their adjoint is
 * exactly the one they would have passed on, and every shared node still receives its
 * contributions in the same order: the results stay bit for bit those of the unmerged tape.
 * A square e**2 that is a term of such a sum, with e used by nothing else, is merged into the sum
 * too (a loss's sum of squared errors): the sum squares e itself, and passes e the same adjoint.
 * And a sum used only by the difference right after it, (x + y) - z, runs as one node.
 */
final class Fusion {
    final boolean[] absorbed;    // merged into the node that uses it: gets no slot
    final int[] product;         // for an AXPY node: the product it absorbed; else -1
    final boolean[] link;        // an inner node of a sum chain
    final boolean[] squared;     // a square merged into the sum chain it is a term of
    final int[] sum;             // for an ADDSUB node: the sum it absorbed; else -1

    private final byte[] op;
    private final int[] start, kids, uses;
    private final double[] consts;

    /** The merges for this layout (consts: the constant nodes' values); none when merge is false (tests compare the two tapes). */
    Fusion(byte[] op, int[] start, int[] kids, double[] consts, boolean merge) {
        this.op = op;
        this.start = start;
        this.kids = kids;
        this.consts = consts;
        int n = op.length;
        absorbed = new boolean[n];
        product = new int[n];
        link = new boolean[n];
        squared = new boolean[n];
        sum = new int[n];
        uses = new int[n];
        for (int k : kids) uses[k]++;
        java.util.Arrays.fill(product, -1);
        java.util.Arrays.fill(sum, -1);
        if (!merge) return;
        planProducts();
        planChains();
        planSquares();
        planSums();
    }

    private boolean binaryAdd(int i) { return op[i] == Opcode.ADD && start[i + 1] - start[i] == 2; }
    private int left(int i) { return kids[start[i]]; }
    private int right(int i) { return kids[start[i] + 1]; }

    /** x + c*p where the product is the active node just before the sum and has no other use. */
    private void planProducts() {
        int prev = -1;
        for (int i = 0; i < op.length; i++) {
            if (op[i] == Opcode.CONST) continue;
            int m = prev;
            prev = i;
            if (m < 0 || !binaryAdd(i) || uses[m] != 1 || (left(i) != m && right(i) != m)) continue;
            if (op[m] != Opcode.MUL || start[m + 1] - start[m] != 2) continue;
            if ((op[left(m)] == Opcode.CONST) == (op[right(m)] == Opcode.CONST)) continue;
            product[i] = m;
            absorbed[m] = true;
        }
    }

    /** Sum chains whose inner sums and terms have no other use. */
    private void planChains() {
        for (int i = 0; i < op.length; i++) {
            int inner = binaryAdd(i) ? left(i) : -1;
            if (inner >= 0 && product[i] < 0 && binaryAdd(inner) && product[inner] < 0 && uses[inner] == 1)
                link[inner] = true;
        }
        for (int i = 0; i < op.length; i++) {
            if (link[i] || !binaryAdd(i) || !link[left(i)]) continue;
            boolean ok = true;
            int node = i;
            for (; link[left(node)]; node = left(node)) ok &= single(right(node));
            ok &= single(left(node)) && single(right(node));
            for (int k = left(i); link[k]; k = left(k)) {
                if (ok) absorbed[k] = true; else link[k] = false;
            }
        }
    }

    /** The squares among the chains' terms whose base has no other use, so that its adjoint still arrives in one piece. */
    private void planSquares() {
        for (int i = 0; i < op.length; i++) {
            if (!heads(i)) continue;
            for (int t : terms(i)) {
                if (op[t] != Opcode.POW || start[t + 1] - start[t] != 2 || uses[t] != 1) continue;
                if (op[right(t)] != Opcode.CONST || consts[right(t)] != 2.0 || op[left(t)] == Opcode.CONST
                        || uses[left(t)] != 1)
                    continue;
                squared[t] = true;
                absorbed[t] = true;
            }
        }
    }

    /** (x + y) - z where the plain sum is the running node just before the difference and has no other use. */
    private void planSums() {
        int prev = -1;
        for (int i = 0; i < op.length; i++) {
            if (op[i] == Opcode.CONST || absorbed[i]) continue;
            int m = prev;
            prev = i;
            if (m < 0 || op[i] != Opcode.SUB || start[i + 1] - start[i] != 2 || left(i) != m || uses[m] != 1) continue;
            if (!binaryAdd(m) || product[m] >= 0 || link[m] || heads(m)) continue;
            sum[i] = m;
            absorbed[m] = true;
        }
    }

    private boolean single(int term) { return op[term] == Opcode.CONST || uses[term] == 1; }

    /** The terms of the chain headed by i, in the order the chain adds them. */
    int[] terms(int i) {
        int count = 2;
        for (int k = left(i); link[k]; k = left(k)) count++;
        int[] t = new int[count];
        int node = i;
        for (int at = count - 1; link[left(node)]; node = left(node)) t[at--] = right(node);
        t[0] = left(node);
        t[1] = right(node);
        return t;
    }

    /** Whether i heads a chain (an n-ary sum in the packed tape). */
    boolean heads(int i) { return !link[i] && binaryAdd(i) && link[left(i)]; }
}
