package gd.repl;

import gd.parse.Parse;
import gd.session.Binding;
import gd.session.Session;
import org.antlr.v4.runtime.Token;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Colours the line being typed from the real lexer's tokens: numbers, strings, keywords,
 * parameters (declared by params), built-ins, comments. Half-typed input is normal here, so
 * anything the lexer skipped is shown plain, and nothing in here may throw.
 */
final class GdHighlighter implements Highlighter {
    static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle PARAM = AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle BUILTIN = AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE);
    static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT).faint();

    private final Supplier<Session> session;
    private final boolean colour;
    private final Set<String> keywords = new HashSet<>(Parse.keywords());

    GdHighlighter(Supplier<Session> session, boolean colour) {
        this.session = session;
        this.colour = colour;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (!colour || MetaCommands.isMeta(buffer)) return new AttributedString(buffer);
        try {
            return colour(buffer);
        } catch (RuntimeException e) {
            return new AttributedString(buffer);
        }
    }

    private AttributedString colour(String text) {
        AttributedStringBuilder sb = new AttributedStringBuilder();
        List<Token> tokens = Parse.tokens(text);
        int at = 0;
        for (Token t : tokens) {
            int start = t.getStartIndex(), end = t.getStopIndex() + 1;
            if (start < at || end > text.length()) continue;   // code-point offsets past a surrogate pair: leave plain
            gap(sb, text.substring(at, start));
            sb.styled(style(t.getText()), text.substring(start, end));
            at = end;
        }
        gap(sb, text.substring(at));
        return sb.toAttributedString();
    }

    /** Text the lexer skipped: spaces, comments (to the end of their line), and anything it could not read. */
    private static void gap(AttributedStringBuilder sb, String gap) {
        int i = 0;
        while (i < gap.length()) {
            int hash = gap.indexOf('#', i);
            if (hash < 0) { sb.append(gap.substring(i)); return; }
            sb.append(gap.substring(i, hash));
            int nl = gap.indexOf('\n', hash);
            int end = nl < 0 ? gap.length() : nl;
            sb.styled(COMMENT, gap.substring(hash, end));
            i = end;
        }
    }

    private AttributedStyle style(String text) {
        char c = text.charAt(0);
        if (Character.isDigit(c) || c == '.' && text.length() > 1) return NUMBER;
        if (c == '"' || c == '\'') return STRING;
        if (!Character.isJavaIdentifierStart(c)) return AttributedStyle.DEFAULT;
        if (keywords.contains(text)) return KEYWORD;
        Session s = session.get();
        Binding b = s.binding(text);
        if (b instanceof Binding.Parameter) return PARAM;
        if (b == null && s.builtin(text) != null) return BUILTIN;
        return AttributedStyle.DEFAULT;
    }
}
