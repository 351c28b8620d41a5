/** Handouts: a script's run written back as a transcript, Markdown, HTML (KaTeX) or LaTeX, for --echo and --to. */
package gd.handout;
