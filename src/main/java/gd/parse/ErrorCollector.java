package gd.parse;

import gd.ast.Diagnostic;
import gd.ast.GdError;
import gd.ast.Source;
import gd.ast.Span;
import gd.parse.antlr.GdLexer;
import gd.parse.antlr.GdParser;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

/**
 * Listens to the lexer and the parser in place of ANTLR's console listener, and words each
 * error plainly ("expected an expression after '+'", never "no viable alternative"). Keeps the
 * first error only: later ones are usually echoes of it.
 */
final class ErrorCollector extends BaseErrorListener {
    private final Source source;
    private GdError first;

    ErrorCollector(Source source) { this.source = source; }

    void throwFirst() {
        if (first != null) throw first;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
            RecognitionException e) {
        if (first != null) return;
        if (offending instanceof Token t && recognizer instanceof Parser p) {
            first = parserError(t, previous(p.getInputStream(), t));
        } else {
            first = lexerError(line, col);
        }
    }

    private GdError lexerError(int line, int col) {
        String text = source.line(line);
        char c = col < text.length() ? text.charAt(col) : ' ';
        if (c == '"' || c == '\'')
            return error(line, col, text.length() - col,
                    "this string is never closed: add " + c + " before the end of the line");
        return error(line, col, 1, "'" + c + "' is not a character gd understands here");
    }

    private GdError parserError(Token t, Token prev) {
        boolean atEnd = t.getType() == Token.EOF || t.getType() == GdLexer.NEWLINE || t.getType() == GdParser.DEDENT
                || t.getText().equals(";");
        String found = quoted(t);
        Token keyword = keywordAsName(t, prev);
        if (keyword != null)
            return at(keyword, null, "'" + keyword.getText()
                    + "' is a keyword of gd, so it cannot be used as a name; pick another, like '" + keyword.getText() + "_'");
        if (prev != null && prev.getText().equals("params"))
            return at(t, prev, "'params' must be followed by parameter names (like 'params m b'), found " + found);
        if (prev != null && expectsOperand(prev.getText()))
            return at(t, prev, "expected an expression after '" + prev.getText() + "', found " + found);
        if (prev != null && t.getText().equals("="))
            return at(t, prev, "only a name (x = 1), names (a, b = xs) or a function heading with names in its "
                    + "brackets (f(x, y) = ...) can stand before '='");
        if (atEnd) return at(t, prev, "this statement is not finished");
        if (prev != null && prev.getText().equals("for"))
            return at(t, prev, "expected a loop variable after 'for', found " + found);
        return at(t, prev, "unexpected " + found + (prev == null ? "" : " after " + quoted(prev)));
    }

    /** A token as a message names it: its text in quotes, or in words for a line break, a block's start or end. */
    private static String quoted(Token t) {
        if (t.getType() == Token.EOF) return "the end of the input";
        if (t.getType() == GdLexer.NEWLINE || t.getText().equals(";")) return "the end of the line";
        if (t.getType() == GdParser.INDENT) return "an indented line";
        if (t.getType() == GdParser.DEDENT) return "the end of the block";
        return "'" + t.getText() + "'";
    }

    /** The keyword a user tried to name something with: 'for = 3', 'true = 1', 'params in'; else null. */
    private static Token keywordAsName(Token t, Token prev) {
        if (isKeyword(t) && (prev == null || prev.getText().equals("params") || prev.getText().equals(","))) return t;
        if (prev != null && isKeyword(prev) && t.getText().equals("=")) return prev;
        return null;
    }

    private static boolean isKeyword(Token t) { return Parse.keywords().contains(t.getText()); }

    private static boolean expectsOperand(String s) {
        return switch (s) {
            case "+", "-", "*", "/", "//", "%", "**", "^", "=", ",", "(", "[", "{", ":", "<", "<=", ">", ">=", "==", "!=",
                 "and", "or", "not", "in", "if", "assert" -> true;
            default -> false;
        };
    }

    /** An error placed at the offending token, or just after the previous one when the line ended early. */
    private GdError at(Token t, Token prev, String message) {
        if (t.getType() != Token.EOF && !t.getText().isBlank() && !t.getText().equals(";"))
            return error(t.getLine(), t.getCharPositionInLine(), t.getText().length(), message);
        if (prev != null) return error(prev.getLine(), prev.getCharPositionInLine(), prev.getText().length(), message);
        return error(Math.max(1, t.getLine()), Math.max(0, t.getCharPositionInLine()), 1, message);
    }

    private static Token previous(TokenStream stream, Token t) {
        int i = t.getTokenIndex() - 1;
        return i >= 0 && i < stream.size() ? stream.get(i) : null;
    }

    private GdError error(int line, int col, int length, String message) {
        return new GdError(Diagnostic.Kind.SYNTAX, new Span(source, line, col, length), message);
    }
}
