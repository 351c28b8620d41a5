package gd.grad;

import gd.expr.Op;

/**
 * The one set of tape opcodes. A layout ({@link TapeBuilder}) uses the plain ones (CONST, PARAM,
 * ADD, SUB, MUL, DIV, POW, FN, the operators through {@link #of}); the packed tape
 * ({@link TapeCode}) adds the merged and specialised forms. PARAM: l = parameter index. FN:
 * l = argument, r = the Fn's ordinal. PIECE: a Fn of several arguments (max, where...), k = its
 * ordinal, its operands nkids[l..r). NADD/NMUL: operands nkids[l..r); in a sum, ~x (negative)
 * stands for the square of x. MULL/MULR: a product with a constant on the left/right; SQR: a
 * square; POWC: a constant exponent; AXPY: x + p*c (l, r, k); ADDSUB: (x + y) - z (l, r, k); DATA: a
 * data sum run by its {@link RowKernel} (k), its parameters nkids[l..r);
 * see {@link Fusion}. The numbers follow how often a loss built from data uses each, because C1
 * (the launcher's JIT) compiles a switch to compares in key order.
 */
final class Opcode {
    static final byte ADD = 0, AXPY = 1, MULR = 2, ADDSUB = 3, SQR = 4, SUB = 5, NADD = 6, MULL = 7, MUL = 8, DIV = 9, POWC = 10,
            POW = 11, FN = 12, NMUL = 13, PARAM = 14, CONST = 15, DATA = 16, PIECE = 17;

    private Opcode() {}

    /** The layout's opcode for an operator node. */
    static byte of(Op op) {
        return switch (op) {
            case ADD -> ADD;
            case SUB -> SUB;
            case MUL -> MUL;
            case DIV -> DIV;
            case POW -> POW;
        };
    }
}
