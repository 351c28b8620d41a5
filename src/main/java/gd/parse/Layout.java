package gd.parse;

import gd.ast.Diagnostic;
import gd.ast.GdError;
import gd.ast.Source;
import gd.ast.Span;
import gd.parse.antlr.GdLexer;
import gd.parse.antlr.GdParser;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Python's off-side rule, between the lexer and the parser (as ANTLR's Python grammars do it):
 * each logical line's leading whitespace is compared with the open blocks', giving INDENT and
 * DEDENT tokens. Blank and comment-only lines do not count, nor do line breaks inside brackets
 * (Brackets has removed those). Indentation is compared as text, so a tab is never silently
 * taken for some number of spaces: one line's indent must extend or repeat an enclosing one's.
 */
final class Layout {
    private final Brackets in;
    private final Source source;
    private final Deque<String> levels = new ArrayDeque<>();
    private final Deque<Token> out = new ArrayDeque<>();
    private boolean lineStart = true, done;
    private Token last;                        // the last token before the current line's NEWLINE

    Layout(Brackets in, Source source) {
        this.in = in;
        this.source = source;
        levels.push("");
    }

    /** The next token, INDENT and DEDENT included; the input ends with NEWLINE, the DEDENTs still open, and EOF. */
    Token next() {
        fill();
        return out.poll();
    }

    Token peek() {
        fill();
        return out.peek();
    }

    /** Whether no block is open: a top-level statement may end here. */
    boolean atTop() { return levels.size() == 1; }

    private void fill() {
        while (out.isEmpty()) {
            if (done) throw new IllegalStateException("past the end");
            Token t = in.next();
            if (t.getType() == Token.EOF) { end(t); return; }
            if (t.getType() == GdLexer.NEWLINE) {
                if (!lineStart) out.add(t);
                lineStart = true;
                continue;
            }
            if (lineStart) indent(t, last);
            lineStart = false;
            out.add(t);
            last = t;
        }
    }

    private void end(Token eof) {
        done = true;
        if (last != null && !lineStart)
            out.add(synthetic(GdLexer.NEWLINE, "\n", last, last.getCharPositionInLine() + last.getText().length()));
        if (last != null && last.getText().equals(":")) throw blockExpected(last);
        while (levels.size() > 1) {
            levels.pop();
            out.add(synthetic(GdParser.DEDENT, "", last, last.getCharPositionInLine() + last.getText().length()));
        }
        out.add(eof);
    }

    /** Compares the indentation of the line starting with t with the open blocks'; last ended the previous line. */
    private void indent(Token t, Token last) {
        String here = source.line(t.getLine()).substring(0, t.getCharPositionInLine());
        String top = levels.peek();
        boolean opens = last != null && last.getText().equals(":");
        if (here.equals(top)) {
            if (opens) throw blockExpected(last);
            return;
        }
        if (here.startsWith(top)) {
            if (!opens)
                throw error(t, "this line is indented, but no block starts here (only a line ending in ':' opens "
                        + "one); remove the indentation");
            levels.push(here);
            out.add(synthetic(GdParser.INDENT, "", t, t.getCharPositionInLine()));
            return;
        }
        if (opens) throw blockExpected(last);
        while (levels.size() > 1 && levels.peek().length() > here.length() && levels.peek().startsWith(here)) {
            levels.pop();
            out.add(synthetic(GdParser.DEDENT, "", t, t.getCharPositionInLine()));
        }
        if (!levels.peek().equals(here)) throw mismatch(t, here, levels.peek());
    }

    private GdError mismatch(Token t, String here, String outer) {
        if (mixes(here, outer))
            return error(t, "this line's indentation mixes tabs and spaces differently from the lines around it; "
                    + "indent with spaces only");
        return error(t, "this line's indentation (" + describe(here) + ") does not match any enclosing block's ("
                + describe(outer) + ")");
    }

    private static boolean mixes(String a, String b) {
        String both = a + b;
        return both.indexOf('\t') >= 0 && both.indexOf(' ') >= 0;
    }

    private static String describe(String indent) {
        long tabs = indent.chars().filter(c -> c == '\t').count(), spaces = indent.length() - tabs;
        if (indent.isEmpty()) return "none";
        if (tabs == 0) return spaces + " space" + (spaces == 1 ? "" : "s");
        return spaces == 0 ? tabs + " tab" + (tabs == 1 ? "" : "s") : tabs + " tabs and " + spaces + " spaces";
    }

    private GdError blockExpected(Token colon) {
        return error(colon, "expected an indented block after this ':' (indent the lines that belong to it)");
    }

    private GdError error(Token t, String message) {
        return new GdError(Diagnostic.Kind.SYNTAX, new Span(source, t.getLine(), t.getCharPositionInLine(),
                Math.max(1, t.getText().length())), message);
    }

    private static Token synthetic(int type, String text, Token near, int col) {
        CommonToken t = new CommonToken(type, text);
        t.setLine(near.getLine());
        t.setCharPositionInLine(col);
        return t;
    }
}
