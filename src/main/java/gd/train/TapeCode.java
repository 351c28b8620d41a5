package gd.train;

/**
 * A laid-out graph packed for the training loop: the constants first (their values never change,
 * so the passes skip them), then the nodes that depend on a parameter, still in topological order,
 * each with its operands as two ints (l, r). Binary operators are the common case and need no
 * child list; a constant exponent gets its own opcode, so the backward pass needs no test for it.
 */
final class TapeCode {
    /**
     * Opcodes of the nodes that run. PARAM: l = parameter index. FN: l = argument, r = Fn ordinal.
     * NADD/NMUL: operands nkids[l..r); in a sum, ~x (negative) stands for the square of x (Fusion).
     */
    static final byte ADD = 0, AXPY = 1, MULR = 2, ADDSUB = 3, SQR = 4, SUB = 5, NADD = 6, MULL = 7, MUL = 8, DIV = 9, POWC = 10,
            POW = 11, FN = 12, NMUL = 13, PARAM = 14;
    // MULL/MULR: a product with a constant on the left/right; SQR: a square; AXPY: x + p*c (l, r, k);
    // ADDSUB: (x + y) - z (l, r, k); see Fusion.
    // The keys follow how often a loss built from data uses them, because C1 (the launcher's JIT)
    // compiles a switch to compares in key order.

    final int constants, size, root;
    final byte[] op;
    final int[] l, r, k, nkids;
    final double[] value;

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
        bop = b.ops(); barg = b.args(); start = b.kidStarts(); kids = b.kids();
        int n = bop.length, c = 0, slots = 0;
        consts = b.constants(n);
        fuse = new Fusion(bop, start, kids, consts, merge);
        for (int i = 0; i < n; i++) if (bop[i] == Tape.CONST) c++; else if (!fuse.absorbed[i]) slots++;
        at = new int[n];
        for (int i = 0, ci = 0, ai = c; i < n; i++) at[i] = bop[i] == Tape.CONST ? ci++ : fuse.absorbed[i] ? -1 : ai++;
        constants = c;
        size = c + slots;
        root = n == 0 ? 0 : at[n - 1];
        value = new double[size];
        for (int i = 0; i < n; i++) if (bop[i] == Tape.CONST) value[at[i]] = consts[i];
        op = new byte[slots];
        l = new int[slots];
        r = new int[slots];
        k = new int[slots];
        nk = new int[kids.length];
        for (int i = 0; i < n; i++) if (bop[i] != Tape.CONST && !fuse.absorbed[i]) emit(i, at[i] - c);
        nkids = java.util.Arrays.copyOf(nk, nn);
    }

    /** Node i of the layout as the packed node j. */
    private void emit(int i, int j) {
        int s = start[i], arity = start[i + 1] - s;
        if (bop[i] == Tape.PARAM) {
            op[j] = PARAM;
            l[j] = param[barg[i]];
            if (l[j] < 0) throw Tape.unknownSymbol(b.symbols().get(barg[i]));
        } else if (bop[i] == Tape.FN) {
            op[j] = FN; l[j] = at[kids[s]]; r[j] = barg[i];
        } else if (fuse.product[i] >= 0) {
            axpy(j, i, fuse.product[i]);
        } else if (fuse.sum[i] >= 0) {
            int m = fuse.sum[i];
            op[j] = ADDSUB; l[j] = at[kids[start[m]]]; r[j] = at[kids[start[m] + 1]]; k[j] = at[kids[s + 1]];
        } else if (fuse.heads(i) || arity > 2) {
            op[j] = bop[i] == Tape.ADD ? NADD : NMUL;
            l[j] = nn;
            for (int t : fuse.heads(i) ? fuse.terms(i) : java.util.Arrays.copyOfRange(kids, s, s + arity))
                nk[nn++] = fuse.squared[t] ? ~at[kids[start[t]]] : at[t];
            r[j] = nn;
        } else {
            op[j] = binary(bop[i], bop[kids[s]] == Tape.CONST, bop[kids[s + 1]] == Tape.CONST, consts[kids[s + 1]]);
            l[j] = at[kids[s]];
            r[j] = at[kids[s + 1]];
        }
    }

    /** Node i is x + m (or m + x) with m = c*p (or p*c) merged into it: l = x, r = p, k = c. */
    private void axpy(int j, int i, int m) {
        int x = kids[start[i]] == m ? kids[start[i] + 1] : kids[start[i]];
        int ml = kids[start[m]], mr = kids[start[m] + 1];
        boolean constLeft = bop[ml] == Tape.CONST;
        op[j] = AXPY;
        l[j] = at[x];
        r[j] = at[constLeft ? mr : ml];
        k[j] = at[constLeft ? ml : mr];
    }

    /** The opcode of a binary node whose left or right operand may be a constant (never both: it would have been folded). */
    private static byte binary(byte o, boolean constLeft, boolean constRight, double right) {
        if (o == Tape.MUL) return constLeft ? MULL : constRight ? MULR : MUL;
        if (o == Tape.POW) return !constRight ? POW : right == 2.0 ? SQR : POWC;
        return o == Tape.ADD ? ADD : o == Tape.SUB ? SUB : DIV;
    }
}
