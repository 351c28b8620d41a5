/**
 * Expressions: hash-consed immutable nodes ({@link gd.expr.Expr}: numbers, symbols, operator
 * applications, function calls), the operators and functions with their numeric meaning
 * ({@link gd.expr.Op}, {@link gd.expr.Fn}), the builders (the seed's raw one and the tidy one),
 * the S-expression printer and the one number formatter ({@link gd.expr.NumFormat}).
 */
package gd.expr;
