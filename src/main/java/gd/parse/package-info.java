/**
 * Text to syntax tree: the facade {@code Parse} over the generated ANTLR parser (the only package
 * that sees it), indentation into blocks, and syntax errors with their place.
 */
package gd.parse;
