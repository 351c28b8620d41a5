/**
 * Running statements: the {@code Interpreter} over an {@code Env} (globals and parameters), the
 * language's operators on values, val, and the interface of built-ins ({@code Builtin},
 * {@code Library}, {@code Args}: a call's evaluated arguments, read by each library's glue).
 */
package gd.eval;
