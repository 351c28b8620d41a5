package gd.grad;

/**
 * A laid-out graph packed for the training loop: the constants first (their values never change,
 * so the passes skip them), then the nodes that depend on a parameter, still in topological order,
 * each with its operands as two ints (l, r). Binary operators are the common case and need no
 * child list; a constant exponent gets its own opcode, so the backward pass needs no test for it.
 */
final class TapeCode {
    final int constants, size, root;
    final byte[] op;
    final int[] l, r, k, nkids;
    final double[] value;
    final RowKernel[] kernels;
    /** The layout the kernels belong to: every tape over them locks it. */
    final Object shared;

    // The layout being packed (TapeCode itself is dropped once the Tape has taken its arrays).
    private final TapeBuilder b;
    private final byte[] bop;
    private final int[] barg, start, kids, at, param, nk;
    private final double[] consts;
    private final Fusion fuse;
    private int nn;

    /** Packs a layout; param gives each of its symbols' parameter index, or -1 for a symbol that is not a parameter (an error). */
    TapeCode(TapeBuilder b, int[] param, boolean merge) {
        this.b = b;
        this.param = param;
        kernels = b.kernels();
        shared = b;
        bop = b.ops(); barg = b.args(); start = b.kidStarts(); kids = b.kids();
        int n = bop.length, c = 0, slots = 0;
        consts = b.constants(n);
        fuse = new Fusion(bop, start, kids, consts, merge);
        for (int i = 0; i < n; i++) if (bop[i] == Opcode.CONST) c++; else if (!fuse.absorbed[i]) slots++;
        at = new int[n];
        for (int i = 0, ci = 0, ai = c; i < n; i++)
            at[i] = bop[i] == Opcode.CONST ? ci++ : fuse.absorbed[i] ? -1 : ai++;
        constants = c;
        size = c + slots;
        root = n == 0 ? 0 : at[n - 1];
        value = new double[size];
        for (int i = 0; i < n; i++) if (bop[i] == Opcode.CONST) value[at[i]] = consts[i];
        op = new byte[slots];
        l = new int[slots];
        r = new int[slots];
        k = new int[slots];
        nk = new int[kids.length];
        for (int i = 0; i < n; i++) if (bop[i] != Opcode.CONST && !fuse.absorbed[i]) emit(i, at[i] - c);
        nkids = java.util.Arrays.copyOf(nk, nn);
    }

    /** Where node i of the layout is in the packed tape's value and adjoint arrays (-1 when merged into another). */
    int slot(int i) { return at[i]; }

    /** Node i of the layout as the packed node j. */
    private void emit(int i, int j) {
        int s = start[i], arity = start[i + 1] - s;
        if (bop[i] == Opcode.PARAM) {
            op[j] = Opcode.PARAM;
            l[j] = param[barg[i]];
            if (l[j] < 0) throw Tape.unknownSymbol(b.symbols().get(barg[i]));
        } else if (bop[i] == Opcode.DATA) {
            op[j] = Opcode.DATA; k[j] = barg[i]; l[j] = nn;
            for (int t = s; t < s + arity; t++) nk[nn++] = at[kids[t]];
            r[j] = nn;
        } else if (bop[i] == Opcode.FN && arity > 1) {
            op[j] = Opcode.PIECE; k[j] = barg[i]; l[j] = nn;
            for (int t = s; t < s + arity; t++) nk[nn++] = at[kids[t]];
            r[j] = nn;
        } else if (bop[i] == Opcode.FN) {
            op[j] = Opcode.FN; l[j] = at[kids[s]]; r[j] = barg[i];
        } else if (fuse.product[i] >= 0) {
            axpy(j, i, fuse.product[i]);
        } else if (fuse.sum[i] >= 0) {
            int m = fuse.sum[i];
            op[j] = Opcode.ADDSUB; l[j] = at[kids[start[m]]]; r[j] = at[kids[start[m] + 1]]; k[j] = at[kids[s + 1]];
        } else if (fuse.heads(i) || arity > 2) {
            op[j] = bop[i] == Opcode.ADD ? Opcode.NADD : Opcode.NMUL;
            l[j] = nn;
            for (int t : fuse.heads(i) ? fuse.terms(i) : java.util.Arrays.copyOfRange(kids, s, s + arity))
                nk[nn++] = fuse.squared[t] ? ~at[kids[start[t]]] : at[t];
            r[j] = nn;
        } else {
            op[j] = binary(bop[i], bop[kids[s]] == Opcode.CONST, bop[kids[s + 1]] == Opcode.CONST, consts[kids[s + 1]]);
            l[j] = at[kids[s]];
            r[j] = at[kids[s + 1]];
        }
    }

    /** Node i is x + m (or m + x) with m = c*p (or p*c) merged into it: l = x, r = p, k = c. */
    private void axpy(int j, int i, int m) {
        int x = kids[start[i]] == m ? kids[start[i] + 1] : kids[start[i]];
        int ml = kids[start[m]], mr = kids[start[m] + 1];
        boolean constLeft = bop[ml] == Opcode.CONST;
        op[j] = Opcode.AXPY;
        l[j] = at[x];
        r[j] = at[constLeft ? mr : ml];
        k[j] = at[constLeft ? ml : mr];
    }

    /** The opcode of a binary node whose left or right operand may be a constant (both only in an unfolded layout). */
    private static byte binary(byte o, boolean constLeft, boolean constRight, double right) {
        if (o == Opcode.MUL) return constLeft == constRight ? Opcode.MUL : constLeft ? Opcode.MULL : Opcode.MULR;
        if (o == Opcode.POW) return !constRight ? Opcode.POW : right == 2.0 ? Opcode.SQR : Opcode.POWC;
        return o;
    }
}
