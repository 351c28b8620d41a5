/**
 * Teaching: explain (a derivation step by step), the notations (infix, LaTeX, the S-expression
 * reader; the one list is {@link gd.teach.Notation}), check, same, graph (DOT) and cse.
 * {@code TeachLib} and {@code TeachOptions} are the glue: they read the arguments into plain
 * values and specs ({@code Check.Spec}, {@code DotGraph.Spec}); below them nothing sees
 * {@link gd.eval.Args}.
 */
package gd.teach;
