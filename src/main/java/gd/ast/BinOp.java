package gd.ast;

import gd.expr.Op;

/** The language's binary operators as written: arithmetic (mapped to an {@link Op} when it builds nodes), comparison and logic. */
public enum BinOp {
    ADD("+", Op.ADD), SUB("-", Op.SUB), MUL("*", Op.MUL), DIV("/", Op.DIV), POW("**", Op.POW),
    FLOOR_DIV("//", null), MOD("%", null),
    EQ("==", null), NE("!=", null), LT("<", null), LE("<=", null), GT(">", null), GE(">=", null),
    AND("and", null), OR("or", null);

    public final String symbol;
    /** The expression operator this one builds on symbolic operands, or null when it builds none. */
    public final Op arith;

    BinOp(String symbol, Op arith) {
        this.symbol = symbol;
        this.arith = arith;
    }

    /** The operator spelt s in source; '^' is the one alias (of '**'). */
    public static BinOp of(String s) {
        if (s.equals("^")) return POW;
        for (BinOp op : values()) if (op.symbol.equals(s)) return op;
        throw new IllegalArgumentException("no operator " + s);
    }

    public boolean isComparison() { return ordinal() >= EQ.ordinal() && ordinal() <= GE.ordinal(); }
}
