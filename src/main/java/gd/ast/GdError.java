package gd.ast;

/**
 * An error in the user's program, thrown while checking or running it. The span may be filled in
 * by an enclosing node that knows where it stands ({@link #at}). Carries no Java stack trace:
 * users never see one, and filling it in would slow deep recursions.
 */
public final class GdError extends RuntimeException {
    private final Diagnostic.Kind kind;
    private final Span span;

    public GdError(Diagnostic.Kind kind, Span span, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.span = span;
    }

    public static GdError run(String message) { return new GdError(Diagnostic.Kind.RUN, null, message); }

    /** A run error placed at the given span (an argument's, say). */
    public static GdError run(Span where, String message) { return new GdError(Diagnostic.Kind.RUN, where, message); }

    public Span span() { return span; }

    public Diagnostic.Kind kind() { return kind; }

    /** This error, placed at the given span unless it already has a place. */
    public GdError at(Span where) { return span != null || where == null ? this : new GdError(kind, where, getMessage()); }

    public Diagnostic diagnostic() { return new Diagnostic(kind, span, getMessage()); }
}
