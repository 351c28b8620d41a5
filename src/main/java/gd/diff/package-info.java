/** Derivatives: one chain-rule recursion ({@code Derivative}) for the seed's raw output and the tidy one, and the steps explain shows. */
package gd.diff;
