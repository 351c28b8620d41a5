package gd.parse;

import gd.ast.Diagnostic;
import gd.ast.GdError;
import gd.ast.Source;
import gd.ast.Span;
import gd.parse.antlr.GdLexer;
import org.antlr.v4.runtime.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Bracket matching before parsing: line breaks inside ( [ { are dropped, so a call or list may
 * span lines, and an unclosed or stray bracket gets a message that names it, at its place,
 * rather than a parser's guess at the end of the input.
 */
final class Brackets {
    private Brackets() {}

    static List<Token> joinLines(List<Token> tokens, Source source) {
        Deque<Token> open = new ArrayDeque<>();
        List<Token> kept = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String s = t.getText();
            if (s.equals("(") || s.equals("[") || s.equals("{")) {
                open.push(t);
            } else if (s.equals(")") || s.equals("]") || s.equals("}")) {
                if (open.isEmpty()) throw error(source, t, "'" + s + "' has no matching '" + partner(s) + "' before it");
                Token o = open.pop();
                if (!partner(o.getText()).equals(s))
                    throw error(source, t, "'" + s + "' does not match the '" + o.getText() + "' at line " + o.getLine()
                            + ", column " + (o.getCharPositionInLine() + 1) + " (expected '" + partner(o.getText()) + "')");
            } else if (t.getType() == GdLexer.NEWLINE && !open.isEmpty()) continue;
            kept.add(t);
        }
        if (!open.isEmpty()) {
            Token o = open.getLast();
            throw error(source, o, "'" + o.getText() + "' is never closed: add '" + partner(o.getText()) + "'");
        }
        return kept;
    }

    /** How many brackets are still open at the end of the text (0 when balanced or over-closed): the REPL's continuation test. */
    static int openAtEnd(List<Token> tokens) {
        int depth = 0;
        for (Token t : tokens) {
            String s = t.getText();
            if (s.equals("(") || s.equals("[") || s.equals("{")) depth++;
            else if (s.equals(")") || s.equals("]") || s.equals("}")) depth = Math.max(0, depth - 1);
        }
        return depth;
    }

    /** A '(' right after a name or a closing bracket opens a call; a '[' not after one opens a list. */
    private static String partner(String s) {
        return switch (s) {
            case "(" -> ")"; case ")" -> "(";
            case "[" -> "]"; case "]" -> "[";
            case "{" -> "}"; default -> "{";
        };
    }

    private static GdError error(Source source, Token t, String message) {
        return new GdError(Diagnostic.Kind.SYNTAX, new Span(source, t.getLine(), t.getCharPositionInLine(), 1), message);
    }
}
