package gd.repl;

import gd.parse.Parse;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.Parser;

import java.util.List;

/**
 * JLine's view of a line of gd. On Enter it asks for a continuation line while a bracket is open
 * (so a multi-line call or list is one statement), with the line's indentation filled in
 * ({@link Parse#nextIndent}); for completion, the word under the cursor is
 * the identifier there (the stock parser splits on spaces, so val(lo would not complete), or a
 * meta-command at the start of the line, or a file name after :load and :save.
 */
final class GdLineParser implements Parser {

    @Override
    public Line parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !MetaCommands.isMeta(line)
                && Parse.status(line) == Parse.Status.INCOMPLETE) {
            // the "open brackets" count is the next line's indentation in spaces (the reader's INDENTATION is 1)
            throw new EOFError(-1, -1, "more to come: an open bracket or block", null, Parse.nextIndent(line).length(), null);
        }
        int start = wordStart(line, cursor);
        int end = cursor;
        while (end < line.length() && isWordChar(line, start, end)) end++;
        String word = line.substring(start, end);
        return new Line(line, cursor, word, cursor - start);
    }

    /** Where the word ending at the cursor begins. */
    static int wordStart(String line, int cursor) {
        if (MetaCommands.isMeta(line) && isFileArgument(line)) {
            int s = line.lastIndexOf(' ', Math.max(0, cursor - 1));
            return s < 0 ? 0 : s + 1;
        }
        int s = cursor;
        while (s > 0 && Character.isJavaIdentifierPart(line.charAt(s - 1))) s--;
        if (s > 0 && line.charAt(s - 1) == ':' && line.substring(0, s - 1).isBlank()) s--;
        return s;
    }

    private static boolean isFileArgument(String line) {
        String t = line.stripLeading();
        return t.startsWith(":load ") || t.startsWith(":save ");
    }

    private static boolean isWordChar(String line, int start, int i) {
        char c = line.charAt(i);
        return MetaCommands.isMeta(line) && isFileArgument(line) ? c != ' ' : Character.isJavaIdentifierPart(c);
    }

    /** The parsed line: the whole text is one "word list" whose only word is the one being completed. */
    record Line(String line, int cursor, String word, int wordCursor) implements CompletingParsedLine {
        @Override public int wordIndex() { return 0; }
        @Override public List<String> words() { return List.of(word); }
        @Override public CharSequence escape(CharSequence candidate, boolean complete) { return candidate; }
        @Override public int rawWordCursor() { return wordCursor; }
        @Override public int rawWordLength() { return word.length(); }
        /** The text before the word being completed. */
        String before() { return line.substring(0, cursor - wordCursor); }
    }
}
