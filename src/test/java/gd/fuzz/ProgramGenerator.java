package gd.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Random gd programs: every kind of statement (params, assignment, one-line and block functions,
 * for, while, if, assert, augmented assignment, expression statements) over every built-in the
 * session has, called with random arguments and random options, and numbers at the edges
 * (0, -0.0, the smallest and largest doubles, inf, nan, 2**64, 10**400).
 */
final class ProgramGenerator {
    static final List<String> SYMBOLS = List.of("x", "y", "m", "b");
    private static final List<String> NUMBERS = List.of("0", "1", "-1", "2", "3", "0.5", "-2.5", "1e-05", "7",
            "-0.0", "5e-324", "1e308", "-1.7976931348623157e308", "2**64", "10**400", "(1e308*10)", "(-1e308*10)", "(1e308*10 - 1e308*10)", "1e999", "2**-1074", "(1/3)");
    private static final List<String> OPTIONS = List.of("raw", "lr", "steps", "every", "until", "optimizer", "engine", "guard",
            "chart", "momentum", "beta1", "beta2", "eps", "seed", "lo", "hi", "sd", "notation", "tol", "at", "grad", "title",
            "start", "batch", "epochs", "shuffle", "model", "target", "data", "nope");
    private static final List<String> STRINGS = List.of("\"sgd\"", "\"adam\"", "\"momentum\"", "\"reverse\"", "\"symbolic\"",
            "\"infix\"", "\"latex\"", "\"sexpr\"", "\"x\"", "\"\"", "\"\\u001b[31m\"", "\"no such.csv\"", "\"(+ x 1)\"", "\"é\"");
    private final Random rnd;
    private final List<String> builtins;
    private final List<String> names = new java.util.ArrayList<>(List.of("xs", "f"));

    ProgramGenerator(long seed, List<String> builtins) {
        this.rnd = new Random(seed);
        this.builtins = builtins;
    }

    /** A program as the inputs a REPL user would type, one top-level statement (or block) each. */
    List<String> program() {
        names.retainAll(List.of("xs", "f"));
        List<String> inputs = new java.util.ArrayList<>(List.of("params x y m b", "xs = [1, 2, 3]", "f(t) = t*x + 1"));
        int n = 1 + rnd.nextInt(10);
        for (int i = 0; i < n; i++) inputs.add(statement("").stripTrailing());
        return inputs;
    }

    private String statement(String indent) {
        String v = "v" + rnd.nextInt(6);
        String s = switch (rnd.nextInt(12)) {
            case 0 -> "params " + pick(SYMBOLS) + (rnd.nextBoolean() ? "=" + pick(NUMBERS) : "") + "\n";
            case 1, 2 -> { names.add(v); yield v + " = " + expr(3) + "\n"; }
            case 3 -> { names.add("g"); yield "g(t) = " + expr(2) + "\n"; }
            case 4 -> { names.add("h"); yield "def h(t):\n" + indent + "    " + "if t > 0:\n" + indent + "        return " + expr(2) + "\n" + indent + "    return t\n"; }
            case 5 -> "for i in range(" + rnd.nextInt(4) + "):\n" + indent + "    " + statement(indent + "    ").strip() + "\n";
            case 6 -> "if " + expr(2) + ":\n" + indent + "    " + expr(2) + "\n" + indent + "else:\n" + indent + "    " + expr(1) + "\n";
            case 7 -> "assert " + expr(2) + "\n";
            case 8 -> { names.add(v); yield v + " = 0\n" + indent + v + " += " + expr(2) + "\n"; }
            case 9 -> "k = 0\n" + indent + "while k < " + rnd.nextInt(3) + ":\n" + indent + "    k += 1\n";
            default -> call(2) + "\n";
        };
        return s;
    }

    private String expr(int depth) {
        if (depth <= 0) return atom();
        return switch (rnd.nextInt(16)) {
            case 0, 1, 2 -> atom();
            case 3, 4, 5, 6 -> "(" + expr(depth - 1) + " " + pick(List.of("+", "-", "*", "/", "**", "+", "*", "-", "<", "==", "and", "or", "%")) + " " + expr(depth - 1) + ")";
            case 7 -> pick(List.of("-", "-", "not ")) + expr(depth - 1);
            case 8 -> "[" + expr(depth - 1) + " for i in range(" + rnd.nextInt(4) + ")]";
            case 9 -> rnd.nextBoolean() ? "[" + expr(depth - 1) + ", " + expr(depth - 1) + "]" : "{" + pick(SYMBOLS) + ": " + expr(depth - 1) + "}";
            case 10, 11 -> pick(List.of("sin", "cos", "exp", "log", "tanh", "sqrt", "abs", "f")) + "(" + expr(depth - 1) + ")";
            default -> call(depth - 1);
        };
    }

    /** Calls that mostly make sense (so that the run goes on to what follows), or any built-in with anything. */
    private String call(int depth) {
        String e = expr(depth), p = pick(SYMBOLS);
        return switch (rnd.nextInt(14)) {
            case 0 -> "d(" + e + ", " + p + (rnd.nextBoolean() ? ", raw=true" : "") + ")";
            case 1 -> "simplify(" + e + ")";
            case 2 -> "val(" + e + (rnd.nextBoolean() ? ", {" + p + ": " + pick(NUMBERS) + "}" : "") + ")";
            case 3 -> "train((" + p + " - " + pick(NUMBERS) + ")**2 + " + e + ", steps=" + rnd.nextInt(4) + ", chart=false" + options(depth, 2) + ")";
            case 4 -> "plot(" + e + ", " + p + ", " + pick(NUMBERS) + ", " + pick(NUMBERS) + options(depth, 1) + ")";
            case 5 -> "plot([" + pick(NUMBERS) + ", " + pick(NUMBERS) + ", " + pick(NUMBERS) + "])";
            case 6 -> pick(List.of("infix", "latex", "size", "nodes", "cse", "graph", "sexpr", "grad", "advise", "print")) + "(" + e + ")";
            case 7 -> "explain(" + e + ", " + p + options(depth, 1) + ")";
            case 8 -> "check(" + e + ", {" + p + ": " + pick(NUMBERS) + "}" + options(depth, 1) + ")";
            case 9 -> "same(" + e + ", " + expr(depth) + ")";
            case 10 -> pick(List.of("linspace", "random", "noise", "range")) + "(" + pick(NUMBERS) + ", " + pick(NUMBERS) + options(depth, 1) + ")";
            default -> anyCall(depth);
        };
    }

    private String options(int depth, int most) {
        StringBuilder sb = new StringBuilder();
        for (int i = rnd.nextInt(most + 1); i > 0; i--) sb.append(", ").append(pick(OPTIONS)).append('=').append(optionValue(depth));
        return sb.toString();
    }

    private String anyCall(int depth) {
        StringBuilder sb = new StringBuilder(pick(builtins)).append('(');
        int args = rnd.nextInt(4), opts = rnd.nextInt(3);
        for (int i = 0; i < args; i++) sb.append(i > 0 ? ", " : "").append(expr(depth));
        for (int i = 0; i < opts; i++) sb.append(args + i > 0 ? ", " : "").append(pick(OPTIONS)).append('=').append(optionValue(depth));
        return sb.append(')').toString();
    }

    private String optionValue(int depth) {
        return switch (rnd.nextInt(5)) {
            case 0 -> pick(STRINGS);
            case 1 -> pick(List.of("true", "false"));
            case 2 -> "{" + pick(SYMBOLS) + ": " + pick(NUMBERS) + "}";
            default -> rnd.nextBoolean() ? pick(NUMBERS) : expr(depth);
        };
    }

    private String atom() {
        return switch (rnd.nextInt(12)) {
            case 0, 1, 2 -> pick(NUMBERS.subList(0, 9));
            case 3 -> pick(NUMBERS);
            case 4, 5, 6, 7 -> pick(SYMBOLS);
            case 8, 9 -> pick(names);
            case 10 -> pick(STRINGS);
            default -> pick(List.of("xs", "f(x)", "[]", "{}", "zip(xs, xs)", "true", "nothing_here"));
        };
    }

    private <T> T pick(List<T> xs) { return xs.get(rnd.nextInt(xs.size())); }
}
