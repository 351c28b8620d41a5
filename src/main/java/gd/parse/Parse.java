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

    /** Whether the text ends inside an open bracket, so that the REPL should ask for another line. */
    public static boolean isIncomplete(String text) { return Brackets.openAtEnd(tokens(text)) > 0; }
}
