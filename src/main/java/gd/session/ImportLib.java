package gd.session;

import gd.ast.Source;
import gd.ast.Stmt;
import gd.eval.Args;
import gd.eval.Builtin;
import gd.eval.Library;
import gd.eval.UserFiles;
import gd.eval.Values;
import gd.parse.Parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * use("nn.gd"): a library of gd definitions brought into the session, Python's import for a
 * file. The path is relative to the file the call is in (its own imports to it), else to the
 * working directory (the REPL, a notebook); each file runs once per session, so two libraries
 * may use a third; errors point into the file they are in. Its definitions become globals, its
 * expression statements show nothing (print still prints), and a use that fails is undone whole.
 */
final class ImportLib implements Library {

    @Override public List<Builtin> builtins() {
        return List.of(new Builtin("use", "use(\"file.gd\")",
                "runs a file of gd definitions once, so its functions and values can be used here (a path relative to "
                        + "this script): use(\"nn.gd\")",
                ImportLib::use));
    }

    private static Object use(Args a) {
        a.expect(1, 1);
        if (!(a.get(0) instanceof String name))
            throw a.errorAt(0, "use names a .gd file, like use(\"nn.gd\"); got " + Values.describe(a.get(0)));
        Path file = resolve(a, name);
        String key;
        try {
            key = file.toRealPath().toString();
        } catch (IOException e) {
            throw a.errorAt(0, "cannot use '" + name + "': "
                    + (Files.exists(file) ? UserFiles.reason(e) : "no such file"));
        }
        if (!a.env().markImported(key))
            return null;       // marked before it runs, so that files that use each other stop
        String text;
        try {
            text = ScriptFile.read(file.toString());
        } catch (ScriptFile.Unreadable e) {
            throw a.errorAt(0, e.getMessage());
        }
        for (Stmt s : Parse.program(new Source(file.toString(), text))) a.interp().exec(s);
        return null;
    }

    /** Beside the file the call is in when that is a file; else (the REPL, -e, a notebook) from the working directory. */
    private static Path resolve(Args a, String name) {
        Path p = UserFiles.path(name);
        if (p == null) throw a.errorAt(0, "cannot use '" + name + "': this system cannot name such a file");
        String from = a.span().source().name();
        if (p.isAbsolute() || from.startsWith("<")) return p;
        Path dir = Path.of(from).getParent();
        return dir == null ? p : dir.resolve(p);
    }
}
