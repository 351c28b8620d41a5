package gd.eval;

/**
 * A built-in function of the language. The signature and help text feed error messages and the
 * REPL's :help; the implementation gets its arguments already evaluated.
 */
public record Builtin(String name, String signature, String help, Impl impl) {

    @FunctionalInterface
    public interface Impl {
        /** Returns the result, or null for "nothing" (a statement calling it then prints nothing). */
        Object call(Args args);
    }

    @Override public String toString() { return "<built-in " + name + ">"; }
}
