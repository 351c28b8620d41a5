/**
 * Simplification as a teacher writes: the rule table and strategies, and the polynomial
 * canonical form ({@code Canon}) with the writer that turns it back into an expression.
 */
package gd.simplify;
