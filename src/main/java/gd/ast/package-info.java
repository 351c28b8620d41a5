/**
 * The language's syntax tree: {@code Node} (expressions as written) and {@code Stmt} records,
 * their operators, source spans, and errors as values ({@code Diagnostic}, {@code GdError}, whose
 * {@code Reason} callers act on instead of reading its message).
 */
package gd.ast;
