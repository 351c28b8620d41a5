/**
 * The interactive prompt on JLine: line reading, history, completion, highlighting, continuation
 * lines, Ctrl-C, and the meta-commands (:help, :vars, :load, :save, :reset, :show, :quit). It
 * talks to the engine only through {@link gd.session.Session}'s questions and outcomes.
 */
package gd.repl;
