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

    /** Parses a whole program. Throws GdError (kind SYNTAX) at the first error. */
    public static List<Stmt> program(Source source) {
        ErrorCollector errors = new ErrorCollector(source);
        List<Token> lexed = lex(source, errors);
        errors.throwFirst();
        List<Token> tokens = Layout.apply(Brackets.joinLines(lexed, source), source);
        GdParser parser = parser(tokens, errors);
        GdParser.ProgramContext tree = parser.program();
        errors.throwFirst();
        return new AstBuilder(source).program(tree);
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
        GdParser.HoleContext tree = parser(Brackets.joinLines(tokens, source), errors).hole();
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

    private static List<Token> lex(Source source, ErrorCollector errors) {
        GdLexer lexer = new GdLexer(CharStreams.fromString(source.text(), source.name()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        return new ArrayList<>(lexer.getAllTokens());
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

    /** The indentation a front end may offer for the next line: the last line's, one level deeper after a ':'. */
    public static String nextIndent(String text) {
        String last = text.substring(text.lastIndexOf('\n') + 1);
        String indent = last.substring(0, last.length() - last.stripLeading().length());
        return endsWithColon(tokens(text)) ? indent + "    " : last.isBlank() ? "" : indent;
    }

    /** Whether some line of the text ends in ':' outside brackets, so that a block starts there. */
    private static boolean opensBlock(List<Token> tokens) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String s = tokens.get(i).getText();
            if (s.equals("(") || s.equals("[") || s.equals("{")) depth++;
            else if (s.equals(")") || s.equals("]") || s.equals("}")) depth = Math.max(0, depth - 1);
            else if (s.equals(":") && depth == 0 && (i + 1 == tokens.size() || tokens.get(i + 1).getType() == GdLexer.NEWLINE)) return true;
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
