package gd.expr;

/** The arithmetic operators of an {@link Expr.Apply} node. Only ADD and MUL may take more than two arguments. */
public enum Op {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), POW("**");

    public final String symbol;

    Op(String symbol) { this.symbol = symbol; }

    /** Whether a node of this operator may hold more than two arguments (a flattened sum or product). */
    public boolean isNary() { return this == ADD || this == MUL; }

    public static Op fromSymbol(String s) {
        for (Op op : values()) if (op.symbol.equals(s)) return op;
        if (s.equals("^")) return POW;
        throw new IllegalArgumentException("no operator " + s);
    }
}
