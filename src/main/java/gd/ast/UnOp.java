package gd.ast;

/** The language's unary operators: '-', '+' and 'not'. */
public enum UnOp {
    NEG("-"), PLUS("+"), NOT("not");

    public final String symbol;

    UnOp(String symbol) { this.symbol = symbol; }
}
