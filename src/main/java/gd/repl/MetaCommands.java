package gd.repl;

import gd.eval.Names;
import gd.session.ScriptFile;
import gd.teach.Notation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The REPL's own commands (:help, :vars, :load, :save, :reset, :show, :quit): they belong to the REPL, not the language. */
final class MetaCommands {
    static final List<String> NAMES = List.of(":help", ":vars", ":load", ":save", ":reset", ":show", ":quit");
    private static final Map<String, String> SUMMARY = Map.of(
            ":help", ":help [NAME]    this text, or one built-in's signature, meaning and example",
            ":vars", ":vars           parameters with their current values, variables, functions",
            ":load", ":load FILE      runs a .gd script into this session",
            ":save", ":save FILE      saves the inputs that worked as a .gd script that rebuilds this session",
            ":reset", ":reset          forgets every name: a fresh session",
            ":show", ":show sexpr|infix|latex   how expressions print (sexpr is the default)",
            ":quit", ":quit           leaves gd (so does Ctrl-D on an empty line)");

    private final Repl repl;

    MetaCommands(Repl repl) { this.repl = repl; }

    static boolean isMeta(String line) { return line.stripLeading().startsWith(":"); }

    /** help, quit and exit typed alone (with or without '()') mean :help and :quit, as people expect, unless the user named something so. */
    static String alias(String line, java.util.Set<String> names) {
        String word = line.strip().replace("()", "");
        if (names.contains(word)) return line;
        return switch (word) {
            case "help" -> ":help";
            case "quit", "exit" -> ":quit";
            default -> line;
        };
    }

    static String summary(String name) { return SUMMARY.getOrDefault(name, "").replaceFirst("^\\S+( \\S+)?\\s+", ""); }

    /** Runs one meta-command; returns false when the REPL should end. */
    boolean run(String line) {
        String[] parts = line.strip().split("\\s+", 2);
        String cmd = parts[0], arg = parts.length > 1 ? parts[1].strip() : "";
        switch (cmd) {
            case ":help", ":h", ":?" -> repl.println(arg.isEmpty() ? Help.overview(repl.session())
                    : Help.about(arg, repl.session()));
            case ":vars" -> repl.println(Help.vars(repl.session(), repl.width()));
            case ":load" -> load(arg);
            case ":save" -> save(arg);
            case ":reset" -> { repl.reset(); repl.println("a fresh session: every name you defined is gone"); }
            case ":show" -> show(arg);
            case ":quit", ":q", ":exit" -> { return false; }
            default -> {
                String near = Names.nearest(cmd, NAMES);
                repl.error("unknown command '" + cmd + "'" + (near != null ? "; did you mean '" + near + "'?" : "")
                        + " (:help lists the commands)");
            }
        }
        return true;
    }

    private void load(String file) {
        if (file.isEmpty()) { repl.error(":load needs a file name, as in  :load samples/seed.gd"); return; }
        Path path = gd.eval.UserFiles.path(file);
        if (path != null && Files.exists(path) && !Files.isDirectory(path) && !Files.isRegularFile(path)) {
            repl.error("cannot load '" + file
                    + "': it is not a regular file (a device or a pipe); :load reads .gd files");
            return;
        }
        try {
            repl.evaluate(file, ScriptFile.read(file));
        } catch (ScriptFile.Unreadable e) {
            repl.error(e.getMessage());
        }
    }

    private void save(String file) {
        if (file.isEmpty()) { repl.error(":save needs a file name, as in  :save work.gd"); return; }
        Path path = gd.eval.UserFiles.path(file);
        if (path == null) { repl.error("cannot write '" + file + "': this system cannot name such a file"); return; }
        try {
            if (Files.exists(path) && !writtenBySave(path)) {
                repl.error("'" + file
                        + "' exists and was not written by :save; choose another name so it is not overwritten");
                return;
            }
            repl.transcript().save(path);
            int n = repl.transcript().size();
            repl.println("saved " + n + (n == 1 ? " input" : " inputs") + " to " + file + "; :load " + file + " (or gd "
                    + file + ") replays them");
        } catch (IOException e) {
            repl.error("cannot write '" + file + "': " + gd.eval.UserFiles.reason(e));
        }
    }

    /**
     * Whether the file starts with the line :save writes. Only a regular file can be that (a FIFO
     * would block the open, a device never ends), and an empty one was not: :save never writes one.
     * Reads only as much as that line.
     */
    private static boolean writtenBySave(Path path) throws IOException {
        if (!Files.isRegularFile(path)) return false;
        byte[] header = (Transcript.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        try (var in = Files.newInputStream(path)) {
            return java.util.Arrays.equals(in.readNBytes(header.length), header);
        }
    }

    private void show(String name) {
        List<String> names = Notation.labels();
        if (name.isEmpty()) {
            repl.println("expressions print as " + repl.session().notation().label() + "; choose with :show "
                    + String.join("|", names));
            return;
        }
        Notation n = Notation.named(name);
        if (n == null) {
            String near = Names.nearest(name, names);
            repl.error("unknown notation '" + name + "'" + (near != null ? "; did you mean '" + near + "'?" : "")
                    + " (choose " + String.join(", ", names) + ")");
            return;
        }
        repl.session().notation(n);
        repl.println("expressions now print as " + name);
    }
}
