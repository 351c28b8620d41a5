/**
 * The language's syntax tree: {@code Node} (expressions as written) and {@code Stmt} records,
 * their operators, source spans, and errors as values ({@code Diagnostic}, {@code GdError}).
 */
package gd.ast;
