package gd.session;

import gd.ast.Diagnostic;
import gd.ast.Stmt;

/** What running a piece of source produced, statement by statement: data for the REPL, the script runner and tests. */
public sealed interface Outcome {
    /** The statement this is the outcome of; null only for text that did not parse. */
    Stmt stmt();

    /** An expression statement's value. */
    record Value(Stmt stmt, Object value) implements Outcome {}
    /** A statement that ran and shows nothing (an assignment, a definition, params). */
    record Done(Stmt stmt) implements Outcome {}
    /** The error that stopped the run; the session's state is as it was before the failing statement. */
    record Failed(Stmt stmt, Diagnostic diagnostic) implements Outcome {}
}
