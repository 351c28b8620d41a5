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
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Python's off-side rule, between the lexer and the parser (as ANTLR's Python grammars do it):
 * each logical line's leading whitespace is compared with the open blocks', giving INDENT and
 * DEDENT tokens. Blank and comment-only lines do not count, nor do line breaks inside brackets
 * (Brackets has removed those). Indentation is compared as text, so a tab is never silently
 * taken for some number of spaces: one line's indent must extend or repeat an enclosing one's.
 */
final class Layout {
    private final Source source;
    private final Deque<String> levels = new ArrayDeque<>();
    private final List<Token> out;

    private Layout(Source source, int size) {
        this.source = source;
        this.out = new ArrayList<>(size + 16);
        levels.push("");
    }

    /** The tokens with INDENT/DEDENT added and blank lines dropped, ending in NEWLINE and the DEDENTs still open. */
    static List<Token> apply(List<Token> tokens, Source source) {
        return new Layout(source, tokens.size()).run(tokens);
    }

    private List<Token> run(List<Token> tokens) {
        boolean lineStart = true;
        Token last = null;                     // the last token before the current line's NEWLINE
        for (Token t : tokens) {
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
        Token end = last == null ? null : last;
        if (end != null && !lineStart) out.add(synthetic(GdLexer.NEWLINE, "\n", end, end.getCharPositionInLine() + end.getText().length()));
        if (end != null && end.getText().equals(":") && levels.size() == 1) throw blockExpected(end);
        while (levels.size() > 1) {
            levels.pop();
            out.add(synthetic(GdParser.DEDENT, "", end, end.getCharPositionInLine() + end.getText().length()));
        }
        return out;
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
            if (!opens) throw error(t, "this line is indented, but no block starts here (only a line ending in ':' opens one); remove the indentation");
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
            return error(t, "this line's indentation mixes tabs and spaces differently from the lines around it; indent with spaces only");
        return error(t, "this line's indentation (" + describe(here) + ") does not match any enclosing block's (" + describe(outer) + ")");
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
        return new GdError(Diagnostic.Kind.SYNTAX, new Span(source, t.getLine(), t.getCharPositionInLine(), Math.max(1, t.getText().length())), message);
    }

    private static Token synthetic(int type, String text, Token near, int col) {
        CommonToken t = new CommonToken(type, text);
        t.setLine(near.getLine());
        t.setCharPositionInLine(col);
        return t;
    }
}
