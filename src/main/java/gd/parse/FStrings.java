package gd.parse;

import gd.ast.Diagnostic;
import gd.ast.GdError;
import gd.ast.Node;
import gd.ast.Source;
import gd.ast.Span;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * f"step {k}: loss {L:.4g}": the literal split into its text and its {expression:spec} holes,
 * each hole parsed as an expression at its own place in the source (so its errors point there).
 * {{ and }} stand for braces, as in Python.
 */
final class FStrings {
    private FStrings() {}

    static Node.FString parse(Token token, Source source) {
        String text = token.getText();
        String body = text.substring(2, text.length() - 1);
        int base = token.getCharPositionInLine() + 2;
        List<String> texts = new ArrayList<>();
        List<Node> holes = new ArrayList<>();
        List<String> specs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < body.length() && body.charAt(i + 1) == c) {
                run.append(c);
                i += 2;
                continue;
            }
            if (c == '}') throw error(source, token, base + i, "a single '}' in an f-string must be written '}}'");
            if (c != '{') {
                run.append(c);
                i++;
                continue;
            }
            int end = closing(body, i, source, token, base);
            int colon = specColon(body, i + 1, end);
            String expr = body.substring(i + 1, colon < 0 ? end : colon);
            if (expr.isBlank())
                throw error(source, token, base + i, "this {} in the f-string needs an expression inside, like {x}");
            texts.add(Strings.unescape(run.toString()));
            run.setLength(0);
            holes.add(Parse.hole(source, expr, token.getLine(), base + i + 1));
            specs.add(colon < 0 ? "" : body.substring(colon + 1, end));
            i = end + 1;
        }
        texts.add(Strings.unescape(run.toString()));
        Span span = new Span(source, token.getLine(), token.getCharPositionInLine(), text.length());
        return new Node.FString(texts, holes, specs, span);
    }

    /** The index of the '}' closing the hole opened at start, past brackets and quoted strings inside it. */
    private static int closing(String body, int start, Source source, Token token, int base) {
        int depth = 0;
        char quote = 0;
        for (int i = start + 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) { if (c == quote) quote = 0; continue; }
            if (c == '\'' || c == '"') quote = c;
            else if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']') depth--;
            else if (c == '}' && depth-- == 0) return i;
        }
        throw error(source, token, base + start, "this '{' in the f-string is never closed: add '}'");
    }

    /** The ':' that starts a format spec ({x:.3f}), outside any bracket or string; -1 if none. */
    private static int specColon(String body, int from, int end) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < end; i++) {
            char c = body.charAt(i);
            if (quote != 0) { if (c == quote) quote = 0; continue; }
            if (c == '\'' || c == '"') quote = c;
            else if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
            else if (c == ':' && depth == 0) return i;
        }
        return -1;
    }

    private static GdError error(Source source, Token token, int col, String message) {
        return new GdError(Diagnostic.Kind.SYNTAX, new Span(source, token.getLine(), col, 1), message);
    }
}
