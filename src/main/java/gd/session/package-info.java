/**
 * The engine the REPL, scripts, the notebook kernel and tests share: {@link gd.session.Session}
 * runs source text and returns {@link gd.session.Outcome}s (each with its statement), and answers
 * questions about its state as data: {@link gd.session.Binding}s, built-ins with their help,
 * keywords, the current {@link gd.teach.Notation}. It owns the list of built-in libraries
 * ({@code Prelude}), the text of outcomes ({@code Display}) and reading script files; it never
 * writes to a terminal.
 */
package gd.session;
