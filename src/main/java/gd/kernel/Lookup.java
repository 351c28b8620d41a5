package gd.kernel;

import gd.eval.Builtin;
import gd.parse.Parse;
import gd.session.Session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The questions a notebook asks while one types: is this cell complete, what completes the name
 * at the cursor, and what is that name (the REPL's :help text). Cursor positions count Unicode
 * code points, as the protocol says.
 */
final class Lookup {
    private Lookup() {}

    /** is_complete: brackets still open or a block still going on need more lines; anything else runs (and may fail). */
    static Map<String, Object> isComplete(String code) {
        if (Parse.isIncomplete(code)) return Message.map("status", "incomplete", "indent", "");
        String last = lastLine(code);
        if (last.stripTrailing().endsWith(":")) return Message.map("status", "incomplete", "indent", indentOf(last) + "    ");
        if (!code.endsWith("\n") && !indentOf(last).isEmpty() && !last.isBlank()) return Message.map("status", "incomplete", "indent", indentOf(last));
        return Message.map("status", "complete");
    }

    /** complete: the names that start with the word before the cursor, the user's own first (as in the REPL). */
    static Map<String, Object> complete(Session session, String code, int cursorPos) {
        int cursor = charIndex(code, cursorPos);
        int start = wordStart(code, cursor);
        String word = code.substring(start, cursor);
        List<String> mine = new ArrayList<>(), others = new ArrayList<>();
        for (String name : session.interpreter().env().globals().keySet()) if (name.startsWith(word)) mine.add(name);
        if (mine.isEmpty() || word.isEmpty())
            for (String name : session.names()) if (name.startsWith(word) && !mine.contains(name)) others.add(name);
        mine.addAll(others);
        return Message.map("status", "ok", "matches", mine, "cursor_start", code.codePointCount(0, start),
                "cursor_end", code.codePointCount(0, cursor), "metadata", Message.map());
    }

    /** inspect: the built-in's signature and help, or what a name of the user's holds, for the name at the cursor. */
    static Map<String, Object> inspect(Session session, String code, int cursorPos) {
        int cursor = charIndex(code, cursorPos);
        int start = wordStart(code, cursor), end = cursor;
        while (end < code.length() && isNameChar(code.charAt(end))) end++;
        String name = code.substring(start, end);
        if (name.isEmpty() && start > 0) return inspect(session, code, code.codePointCount(0, callee(code, start)));
        String text = help(session, name);
        if (text == null) return Message.map("status", "ok", "found", false, "data", Message.map(), "metadata", Message.map());
        return Message.map("status", "ok", "found", true, "data", Message.map("text/plain", text), "metadata", Message.map());
    }

    private static String help(Session session, String name) {
        if (session.interpreter().env().has(name)) return name + " = " + session.interpreter().show(session.interpreter().env().get(name));
        Builtin b = session.interpreter().builtins().get(name);
        return b == null ? null : b.signature() + "\n\n" + b.help();
    }

    /** Inside a call's brackets, the name of the function called: val(lo|ss, ...) asks about val when nothing names the cursor. */
    private static int callee(String code, int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == ')') depth++;
            else if (c == '(' && depth-- == 0) return i;
        }
        return 0;
    }

    private static int charIndex(String code, int codePoints) {
        int n = Math.max(0, Math.min(codePoints, code.codePointCount(0, code.length())));
        return code.offsetByCodePoints(0, n);
    }

    private static int wordStart(String code, int cursor) {
        int start = cursor;
        while (start > 0 && isNameChar(code.charAt(start - 1))) start--;
        return start;
    }

    private static boolean isNameChar(char c) { return Character.isLetterOrDigit(c) || c == '_'; }

    private static String lastLine(String code) {
        String trimmed = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
        return trimmed.substring(trimmed.lastIndexOf('\n') + 1);
    }

    private static String indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        return line.substring(0, i);
    }
}
