package gd.parse;

import gd.ast.GdError;
import gd.ast.Source;
import gd.ast.Stmt;
import gd.parse.antlr.GdLexer;
import gd.parse.antlr.GdParser;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;

import java.util.ArrayList;
import java.util.List;

/** The parser's facade: source text to statements, or the first syntax error; and the raw tokens, for highlighting. */
public final class Parse {
    private Parse() {}

    /**
     * Parses a whole program. Throws GdError (kind SYNTAX) at the first error. The parser sees one
     * top-level statement at a time (a whole block with its elif/else), so its trees and token
     * buffers live only as long as that statement: a script costs time and memory linear in its
     * length, and only the statements themselves are kept.
     */
    public static List<Stmt> program(Source source) {
        ErrorCollector errors = new ErrorCollector(source);
        GdLexer lexer = new GdLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        Layout layout = new Layout(new Brackets(lexer, source), source);
        AstBuilder builder = new AstBuilder(source);
        List<Stmt> out = new ArrayList<>();
        List<Token> chunk = new ArrayList<>();
        while (true) {
            Token t = next(layout, errors);
            if (t.getType() == Token.EOF) break;
            chunk.add(t);
            if (endsStatement(t, layout, errors)) {
                out.addAll(statement(chunk, builder, errors));
                chunk = new ArrayList<>();
            }
        }
        if (!chunk.isEmpty()) out.addAll(statement(chunk, builder, errors));
        return out;
    }

    /** The next token; a lexer error (an unclosed string) is reported before what it caused (an unclosed bracket). */
    private static Token next(Layout layout, ErrorCollector errors) { return checked(layout::next, errors); }

    private static Token peek(Layout layout, ErrorCollector errors) { return checked(layout::peek, errors); }

    private static Token checked(java.util.function.Supplier<Token> read, ErrorCollector errors) {
        try {
            Token t = read.get();
            errors.throwFirst();
            return t;
        } catch (GdError e) {
            errors.throwFirst();
            throw e;
        }
    }

    /** Whether a top-level statement ends after t: a line or block end not followed by more of the block, elif or else. */
    private static boolean endsStatement(Token t, Layout layout, ErrorCollector errors) {
        if (t.getType() != GdLexer.NEWLINE && t.getType() != GdParser.DEDENT) return false;
        Token n = peek(layout, errors);
        if (n.getType() == GdParser.DEDENT || n.getType() == GdParser.INDENT || !layout.atTop()) return false;
        return !n.getText().equals("elif") && !n.getText().equals("else");
    }

    private static List<Stmt> statement(List<Token> tokens, AstBuilder builder, ErrorCollector errors) {
        GdParser.ProgramContext tree = parser(tokens, errors).program();
        errors.throwFirst();
        return builder.program(tree);
    }

    /** The expression inside an f-string's {hole}: text standing at (line, col) of source. */
    static gd.ast.Node hole(Source source, String text, int line, int col) {
        ErrorCollector errors = new ErrorCollector(source);
        GdLexer lexer = new GdLexer(CharStreams.fromString(text, source.name()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        List<Token> tokens = new ArrayList<>();
        for (Token t : lexer.getAllTokens()) {
            CommonToken moved = new CommonToken(t);
            moved.setLine(line);
            moved.setCharPositionInLine(col + t.getCharPositionInLine());
            tokens.add(moved);
        }
        errors.throwFirst();
        GdParser.HoleContext tree = parser(tokens, errors).hole();
        errors.throwFirst();
        return new AstBuilder(source).expr(tree.expr());
    }

    private static GdParser parser(List<Token> tokens, ErrorCollector errors) {
        GdParser parser = new GdParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        return parser;
    }

    /** Every token of the text, errors ignored: what the REPL's highlighter colours. Never throws. */
    public static List<Token> tokens(String text) {
        GdLexer lexer = new GdLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        try {
            return new ArrayList<>(lexer.getAllTokens());
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The vocabulary's keywords ('params', 'for', ...), from the generated lexer: the completer's list. */
    public static List<String> keywords() {
        List<String> words = new ArrayList<>();
        for (int t = 1; t <= GdLexer.VOCABULARY.getMaxTokenType(); t++) {
            String lit = GdLexer.VOCABULARY.getLiteralName(t);
            if (lit != null && lit.matches("'[A-Za-z]+'")) words.add(lit.substring(1, lit.length() - 1));
        }
        return words;
    }


    /** What an interactive front end (the REPL, a notebook kernel) should do with the text typed so far. */
    public enum Status {
        /** Run it. */
        COMPLETE,
        /** Ask for another line: a bracket is open, a line ends in '\\' or ':', or a block has not ended. */
        INCOMPLETE,
        /** Run it to report its syntax error: more lines would not help. */
        INVALID
    }

    /**
     * Whether the input typed so far is complete. A block (a line ending in ':') goes on until an
     * empty line, as in Python's REPL, or until a line that is not indented (so a pasted block
     * followed by more code runs as it stands).
     */
    public static Status status(String text) {
        List<Token> tokens = tokens(text);
        if (Brackets.openAtEnd(tokens) > 0 || text.endsWith("\\")) return Status.INCOMPLETE;
        String last = text.substring(text.lastIndexOf('\n') + 1);
        if (opensBlock(tokens)) {
            boolean ended = text.contains("\n") && last.isBlank();
            boolean indented = !last.isEmpty() && Character.isWhitespace(last.charAt(0));
            if (!ended && endsWithColon(tokens)) return Status.INCOMPLETE;
            if (!ended && indented) return parses(text) ? Status.INCOMPLETE : Status.INVALID;
        }
        return parses(text) ? Status.COMPLETE : Status.INVALID;
    }

    private static boolean parses(String text) {
        try {
            program(new Source("<input>", text));
            return true;
        } catch (GdError e) {
            return false;
        }
    }

    /**
     * The indentation a front end may offer for the next line, as IPython does: the last line's,
     * one level (4 spaces) deeper after a ':', one level less after return, pass, break or continue.
     */
    public static String nextIndent(String text) {
        String last = text.substring(text.lastIndexOf('\n') + 1);
        String indent = last.substring(0, last.length() - last.stripLeading().length());
        if (endsWithColon(tokens(text))) return indent + "    ";
        if (last.isBlank()) return "";
        boolean ends = last.stripLeading().matches("(return|pass|break|continue)\\b.*");
        return ends ? indent.substring(0, Math.max(0, indent.length() - 4)) : indent;
    }

    /** Whether some line of the text ends in ':' outside brackets, so that a block starts there. */
    private static boolean opensBlock(List<Token> tokens) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String s = tokens.get(i).getText();
            if (s.equals("(") || s.equals("[") || s.equals("{")) depth++;
            else if (s.equals(")") || s.equals("]") || s.equals("}")) depth = Math.max(0, depth - 1);
            else if (s.equals(":") && depth == 0 && (i + 1 == tokens.size()
                    || tokens.get(i + 1).getType() == GdLexer.NEWLINE))
                return true;
        }
        return false;
    }

    private static boolean endsWithColon(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).getType() == GdLexer.NEWLINE) continue;
            return tokens.get(i).getText().equals(":");
        }
        return false;
    }
}
