package gd.handout;

import gd.ast.Diagnostic;
import gd.ast.GdError;
import gd.session.ScriptFile;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * gd --echo FILE.gd (the script as a transcript) and gd --to markdown|html|latex [--exercises |
 * --answers] [-o OUT] FILE.gd (a handout, written beside the script unless -o says where).
 * Returns an exit code as Main does: 65/70 when the script has an error, 70 when a check failed.
 */
public final class HandoutCommand {
    public static final String USAGE = "usage: gd --echo FILE.gd | gd --to markdown|html|latex [--exercises | "
            + "--answers] [-o OUT] FILE.gd";

    private HandoutCommand() {}

    /** Whether the arguments ask for a transcript or a handout. */
    public static boolean wants(String[] args) {
        for (String a : args) if (a.equals("--echo") || a.equals("--to") || a.startsWith("--to=")) return true;
        return false;
    }

    public static int run(String[] args, PrintStream out, PrintStream err, boolean unicode) {
        String to = null, file = null, output = null;
        boolean echo = false;
        Handout.Version version = Handout.Version.FULL;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--echo" -> echo = true;
                case "--to" -> {
                    if (++i == args.length) return usage(err, "--to needs a format: markdown, html or latex");
                    to = args[i];
                }
                case "-o", "--output" -> {
                    if (++i == args.length) return usage(err, a + " needs the file to write");
                    output = args[i];
                }
                case "--exercises" -> version = Handout.Version.EXERCISES;
                case "--answers" -> version = Handout.Version.ANSWERS;
                default -> {
                    if (a.startsWith("--to=")) to = a.substring(5);
                    else if (a.startsWith("-")) return usage(err, "unknown option '" + a + "'");
                    else if (file != null) return usage(err, "one script at a time; got a second one, '" + a + "'");
                    else file = a;
                }
            }
        }
        if (file == null)
            return usage(err, (echo ? "--echo" : "--to") + " needs the script, as in: gd "
                    + (echo ? "--echo" : "--to html") + " worksheet.gd");
        if (echo && to != null) return usage(err, "--echo prints a transcript and --to writes a document: choose one");
        Format format = to == null ? null : Format.named(to);
        if (!echo && format == null) return usage(err, "--to takes markdown, html or latex, not '" + to + "'");
        if (echo && (version != Handout.Version.FULL || output != null))
            return usage(err, "--exercises, --answers and -o go with --to");
        return go(file, echo, format, version, output, out, err, unicode);
    }

    private static int go(String file, boolean echo, Format format, Handout.Version version, String output,
            PrintStream out, PrintStream err, boolean unicode) {
        Transcript t;
        try {
            t = Transcript.run(file, ScriptFile.read(file), unicode, !echo);
        } catch (ScriptFile.Unreadable e) {
            err.println((e.placed ? "" : "gd: error: ") + e.getMessage());
            return e.code;
        } catch (GdError e) {
            err.println(e.diagnostic().render());
            return 65;
        }
        if (echo) Echo.print(t, out, err, unicode);
        else {
            Path script = Path.of(file);
            String stem = script.getFileName().toString().replaceFirst("\\.gd$", "");
            String suffix = version == Handout.Version.EXERCISES ? "-exercises" : version == Handout.Version.ANSWERS
                    ? "-answers" : "";
            Path target = output != null ? Path.of(output)
                    : script.resolveSibling(stem + suffix + "." + format.extension());
            try {
                int pictures = Handout.write(t, format, version, stem, target);
                out.println("wrote " + target + (pictures == 0 ? ""
                        : " and " + pictures + " picture" + (pictures == 1 ? "" : "s") + " beside it"));
            } catch (IOException | RuntimeException e) {
                err.println("gd: error: could not write " + target + ": " + e.getMessage());
                return 74;
            }
            if (t.stopped != null) err.println(t.stopped.diagnostic().render());
            if (t.failedChecks > 0)
                err.println(file + ": " + t.failedChecks + " check" + (t.failedChecks == 1 ? "" : "s")
                        + " did not hold (shown as ✗ in the document)");
        }
        if (t.stopped != null) return t.stopped.diagnostic().kind() == Diagnostic.Kind.RUN ? 70 : 65;
        return t.failedChecks > 0 ? 70 : 0;
    }

    private static int usage(PrintStream err, String message) {
        err.println("gd: error: " + message);
        err.println(USAGE);
        return 64;
    }
}
