package gd.ast;

/**
 * An error in the user's program, thrown while checking or running it. The span may be filled in
 * by an enclosing node that knows where it stands ({@link #at}). Carries no Java stack trace:
 * users never see one, and filling it in would slow deep recursions.
 */
public final class GdError extends RuntimeException {
    /** What went wrong, for a caller that acts on it: it decides by this value, never by the message. */
    public enum Reason {
        /** A symbol with no value where a number is needed. */
        UNVALUED,
        /** Outside an operation's domain: a division by zero, 0**-1, log of a negative. */
        UNDEFINED,
        /** Anything else. */
        OTHER
    }

    private final Diagnostic.Kind kind;
    private final Reason reason;
    private final Span span;

    public GdError(Diagnostic.Kind kind, Span span, String message) { this(kind, Reason.OTHER, span, message); }

    private GdError(Diagnostic.Kind kind, Reason reason, Span span, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.reason = reason;
        this.span = span;
    }

    public static GdError run(String message) { return new GdError(Diagnostic.Kind.RUN, null, message); }

    /** A run error placed at the given span (an argument's, say). */
    public static GdError run(Span where, String message) { return new GdError(Diagnostic.Kind.RUN, where, message); }

    /** A run error of the given reason, placed later. */
    public static GdError run(Reason reason, String message) {
        return new GdError(Diagnostic.Kind.RUN, reason, null, message);
    }

    public Span span() { return span; }

    public Diagnostic.Kind kind() { return kind; }

    public Reason reason() { return reason; }

    /** This error, placed at the given span unless it already has a place. */
    public GdError at(Span where) {
        return span != null || where == null ? this : new GdError(kind, reason, where, getMessage());
    }

    public Diagnostic diagnostic() { return new Diagnostic(kind, span, getMessage()); }
}
