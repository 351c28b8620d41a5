package gd.kernel;

import gd.eval.Builtin;
import gd.parse.Parse;
import gd.session.Binding;
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

    /** is_complete: the parser's answer (an open bracket or a block still going on needs more lines), with the next line's indent. */
    static Map<String, Object> isComplete(String code) {
        return switch (Parse.status(code)) {
            case COMPLETE -> Message.map("status", "complete");
            case INVALID -> Message.map("status", "invalid");
            case INCOMPLETE -> Message.map("status", "incomplete", "indent", Parse.nextIndent(code));
        };
    }

    /** complete: the names that start with the word before the cursor, the user's own first (as in the REPL). */
    static Map<String, Object> complete(Session session, String code, int cursorPos) {
        int cursor = charIndex(code, cursorPos);
        int start = wordStart(code, cursor);
        String word = code.substring(start, cursor);
        List<String> mine = new ArrayList<>(), others = new ArrayList<>();
        for (Binding b : session.bindings())
            if (b.name().startsWith(word) && !b.name().equals(Session.LAST)) mine.add(b.name());
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
        if (text == null)
            return Message.map("status", "ok", "found", false, "data", Message.map(), "metadata", Message.map());
        return Message.map("status", "ok", "found", true, "data", Message.map("text/plain", text), "metadata",
                Message.map());
    }

    private static String help(Session session, String name) {
        Binding mine = session.binding(name);
        if (mine instanceof Binding.Function f) return f.signature() + ", a function you defined";
        if (mine instanceof Binding.Parameter p) return name + " = " + session.show(p.value()) + ", a parameter";
        if (mine instanceof Binding.Variable v) return name + " = " + session.show(v.value());
        Builtin b = session.builtin(name);
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
}
