/**
 * The core and calculus built-ins (print, len, zip, ...; d, val, simplify, the functions; the
 * course helpers gradient, hessian, jacobian, subs, taylor, tangent). Each library reads its
 * arguments ({@link gd.eval.Args}) and hands plain values to diff, simplify and eval.
 */
package gd.lib;
