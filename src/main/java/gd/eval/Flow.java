package gd.eval;

/**
 * break, continue and return, as exceptions that unwind to the loop or call that handles them.
 * The parser has checked that each stands where it can be handled. No stack traces: they are
 * control flow, thrown once per jump.
 */
final class Flow extends RuntimeException {
    enum Kind { BREAK, CONTINUE, RETURN }

    final Kind kind;
    final Object value;

    private Flow(Kind kind, Object value) {
        super(null, null, false, false);
        this.kind = kind;
        this.value = value;
    }

    static final Flow BREAK = new Flow(Kind.BREAK, null), CONTINUE = new Flow(Kind.CONTINUE, null);

    static Flow ret(Object value) { return new Flow(Kind.RETURN, value); }
}
