/**
 * Teaching: explain (a derivation step by step), the notations (infix, LaTeX, the S-expression
 * reader; the one list is {@link gd.teach.Notation}), check, same, graph (DOT) and cse.
 */
package gd.teach;
