package gd.repl;

import gd.eval.Builtin;
import gd.eval.Values;
import gd.session.Binding;
import gd.session.Session;
import gd.teach.Notation;
import org.jline.builtins.Completers;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.List;
import java.util.function.Supplier;

/**
 * Tab completion, asked of the engine each time: the parser's keywords, the interpreter's
 * built-ins, the session's names (so a name defined a moment ago completes), and the REPL's
 * meta-commands, with file names after :load and :save.
 */
final class GdCompleter implements Completer {
    private final Supplier<Session> session;
    private final Completer files = new Completers.FileNameCompleter();

    GdCompleter(Supplier<Session> session) { this.session = session; }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String before = line instanceof GdLineParser.Line l ? l.before().stripLeading() : "";
        String word = line.word();
        if (before.isEmpty() && word.startsWith(":")) {
            for (String m : MetaCommands.NAMES)
                candidates.add(new Candidate(m, m, null, MetaCommands.summary(m), null, null, true));
        } else if (before.startsWith(":load ") || before.startsWith(":save ")) {
            files.complete(reader, line, candidates);
        } else if (before.startsWith(":show ")) {
            for (String n : Notation.labels()) candidates.add(new Candidate(n));
        } else if (before.startsWith(":help ")) {
            builtins(candidates);
        } else if (!before.startsWith(":")) {
            names(word, candidates);
        }
    }

    /**
     * The names the user defined win over built-ins and keywords with the same prefix, so that
     * val(lo<Tab> gives val(loss rather than a list with log: the session's own names are what a
     * user types most, and a built-in is one more letter away (lo g).
     */
    private void names(String word, List<Candidate> candidates) {
        for (Binding b : session.get().bindings()) {
            String descr = b instanceof Binding.Function f ? f.signature()
                    : b instanceof Binding.Variable v ? Values.typeName(v.value()) : "parameter";
            candidates.add(candidate(b.name(), "your names", descr));
        }
        if (!word.isEmpty() && candidates.stream().anyMatch(c -> c.value().startsWith(word))) return;
        for (String k : session.get().keywords()) candidates.add(candidate(k, "keywords", null));
        builtins(candidates);
    }

    private void builtins(List<Candidate> candidates) {
        for (Builtin b : session.get().builtins()) candidates.add(candidate(b.name(), "built-ins", b.signature()));
    }

    /** complete=false: no space after a name, since a '(' or an operator usually follows. */
    private static Candidate candidate(String value, String group, String descr) {
        return new Candidate(value, value, group, descr, null, null, false);
    }
}
