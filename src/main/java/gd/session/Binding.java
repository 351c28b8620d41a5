package gd.session;

import java.util.List;

/** A name the user defined, as the session reports it to the REPL, a notebook or a test (like JShell's snippets). */
public sealed interface Binding {
    String name();

    /** A declared parameter (params m b) and its current value. */
    record Parameter(String name, Object value) implements Binding {}

    /** A name bound to a value (e = x**2, or _ for the last result). */
    record Variable(String name, Object value) implements Binding {}

    /** A user function, f(x, y) = ... */
    record Function(String name, List<String> params) implements Binding {
        public Function { params = List.copyOf(params); }

        /** How it is called: f(x, y). */
        public String signature() { return name + "(" + String.join(", ", params) + ")"; }
    }
}
