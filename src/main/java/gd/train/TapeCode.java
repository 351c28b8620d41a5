package gd.train;

/**
 * A laid-out graph packed for the training loop: the constants first (their values never change,
 * so the passes skip them), then the nodes that depend on a parameter, still in topological order,
 * each with its operands as two ints (l, r). Binary operators are the common case and need no
 * child list; a constant exponent gets its own opcode, so the backward pass needs no test for it.
 */
final class TapeCode {
    /** Opcodes of the nodes that run. PARAM: l = parameter index. FN: l = argument, r = Fn ordinal. NADD/NMUL: operands nkids[l..r). */
    static final byte ADD = 0, MULR = 1, SQR = 2, SUB = 3, MULL = 4, MUL = 5, DIV = 6, POWC = 7, POW = 8, FN = 9, NADD = 10, NMUL = 11, PARAM = 12;
    // MULL/MULR: a product with a constant on the left/right; SQR: a square. The keys follow how often
    // a loss built from data uses them, because C1 (the launcher's JIT) compiles a switch to compares in key order.

    final int constants, size, root;
    final byte[] op;
    final int[] l, r, nkids;
    final double[] value;

    /** Packs a layout; param gives each of its symbols' parameter index, or -1 for a symbol that is not a parameter (an error). */
    TapeCode(TapeBuilder b, int[] param) {
        byte[] bop = b.ops();
        int[] barg = b.args(), start = b.kidStarts(), kids = b.kids();
        size = bop.length;
        int[] at = new int[size];
        int c = 0;
        for (byte o : bop) if (o == Tape.CONST) c++;
        constants = c;
        for (int i = 0, ci = 0, ai = c; i < size; i++) at[i] = bop[i] == Tape.CONST ? ci++ : ai++;
        root = size == 0 ? 0 : at[size - 1];
        value = new double[size];
        double[] consts = b.constants(size);
        for (int i = 0; i < size; i++) if (bop[i] == Tape.CONST) value[at[i]] = consts[i];
        op = new byte[size - c];
        l = new int[size - c];
        r = new int[size - c];
        int[] nk = new int[kids.length];
        int nn = 0;
        for (int i = 0; i < size; i++) {
            if (bop[i] == Tape.CONST) continue;
            int j = at[i] - c, s = start[i], arity = start[i + 1] - s;
            if (bop[i] == Tape.PARAM) {
                op[j] = PARAM;
                l[j] = param[barg[i]];
                if (l[j] < 0) throw Tape.unknownSymbol(b.symbols().get(barg[i]));
            }
            else if (bop[i] == Tape.FN) { op[j] = FN; l[j] = at[kids[s]]; r[j] = barg[i]; }
            else if (arity == 2) {
                op[j] = binary(bop[i], bop[kids[s]] == Tape.CONST, bop[kids[s + 1]] == Tape.CONST, consts[kids[s + 1]]);
                l[j] = at[kids[s]];
                r[j] = at[kids[s + 1]];
            } else {
                op[j] = bop[i] == Tape.ADD ? NADD : NMUL;
                l[j] = nn;
                for (int k = s; k < s + arity; k++) nk[nn++] = at[kids[k]];
                r[j] = nn;
            }
        }
        nkids = java.util.Arrays.copyOf(nk, nn);
    }

    /** The opcode of a binary node whose left or right operand may be a constant (never both: it would have been folded). */
    private static byte binary(byte o, boolean constLeft, boolean constRight, double right) {
        if (o == Tape.MUL) return constLeft ? MULL : constRight ? MULR : MUL;
        if (o == Tape.POW) return !constRight ? POW : right == 2.0 ? SQR : POWC;
        return o == Tape.ADD ? ADD : o == Tape.SUB ? SUB : DIV;
    }
}
