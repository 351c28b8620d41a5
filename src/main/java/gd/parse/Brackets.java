package gd.parse;

import gd.ast.Diagnostic;
import gd.ast.GdError;
import gd.ast.Source;
import gd.ast.Span;
import gd.parse.antlr.GdLexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Bracket matching before parsing, one token at a time: line breaks inside ( [ { are dropped,
 * so a call or list may span lines, and an unclosed or stray bracket gets a message that names
 * it, at its place, rather than a parser's guess at the end of the input.
 */
final class Brackets {
    private final TokenSource in;
    private final Source source;
    private final Deque<Token> open = new ArrayDeque<>();

    Brackets(TokenSource in, Source source) {
        this.in = in;
        this.source = source;
    }

    /** The next token that matters (EOF at the end); throws at a bracket that does not match. */
    Token next() {
        while (true) {
            Token t = in.nextToken();
            if (t.getType() == Token.EOF) {
                if (!open.isEmpty()) {
                    Token o = open.getLast();
                    throw error(o, "'" + o.getText() + "' is never closed: add '" + partner(o.getText()) + "'");
                }
                return t;
            }
            String s = t.getText();
            if (s.equals("(") || s.equals("[") || s.equals("{")) {
                open.push(t);
            } else if (s.equals(")") || s.equals("]") || s.equals("}")) {
                if (open.isEmpty()) throw error(t, "'" + s + "' has no matching '" + partner(s) + "' before it");
                Token o = open.pop();
                if (!partner(o.getText()).equals(s))
                    throw error(t, "'" + s + "' does not match the '" + o.getText() + "' at line " + o.getLine()
                            + ", column " + (o.getCharPositionInLine() + 1) + " (expected '" + partner(o.getText()) + "')");
            } else if (t.getType() == GdLexer.NEWLINE && !open.isEmpty()) continue;
            return t;
        }
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

    private static String partner(String s) {
        return switch (s) {
            case "(" -> ")"; case ")" -> "(";
            case "[" -> "]"; case "]" -> "[";
            case "{" -> "}"; default -> "{";
        };
    }

    private GdError error(Token t, String message) {
        return new GdError(Diagnostic.Kind.SYNTAX, new Span(source, t.getLine(), t.getCharPositionInLine(), 1), message);
    }
}
