/** The command line ({@code Main}): scripts, -e, the REPL, exit codes; the only place that ends the process. */
package gd;
