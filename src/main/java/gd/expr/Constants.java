package gd.expr;

/** The mathematical constants a name stands for until the user binds it: pi and e, symbolic in d and simplify, numbers in val. */
public final class Constants {
    public static final Expr.Sym PI = Expr.constant("pi", Math.PI), E = Expr.constant("e", Math.E);

    private Constants() {}

    /** The constant with this name, or null. */
    public static Expr.Sym byName(String name) {
        return switch (name) {
            case "pi" -> PI;
            case "e" -> E;
            default -> null;
        };
    }
}
