package gd.kernel;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * gd kernel -f CONNECTION_FILE (what Jupyter runs) and gd kernel install [--user | --prefix DIR |
 * --sys-prefix] [--name NAME] [--display-name TEXT]. Returns an exit code, as Main does.
 */
public final class KernelCommand {
    static final String USAGE = "usage: gd kernel install [--user | --prefix DIR | --sys-prefix] [--name NAME] "
            + "[--display-name TEXT]\n"
            + "       gd kernel -f CONNECTION_FILE   (Jupyter runs this)";

    private KernelCommand() {}

    public static int run(String[] args, String version, PrintStream out, PrintStream err) {
        if (args.length >= 1 && args[0].equals("install")) return install(args, out, err);
        if (args.length == 2 && (args[0].equals("-f") || args[0].equals("--connection-file")))
            return serve(Path.of(args[1]), version, err);
        if (args.length == 1 && args[0].startsWith("--connection-file="))
            return serve(Path.of(args[0].substring(18)), version, err);
        return usage(err, args.length == 0 ? "gd kernel needs 'install' or '-f CONNECTION_FILE'"
                : "unknown kernel arguments: " + String.join(" ", args));
    }

    private static int serve(Path file, String version, PrintStream err) {
        Connection conn;
        try {
            conn = Connection.read(file);
        } catch (IOException e) {
            err.println("gd: error: cannot read the connection file: " + e.getMessage());
            return 66;
        }
        try {
            new Kernel(conn, version, err).serve();
            return 0;
        } catch (InterruptedException e) {
            return 130;
        } catch (RuntimeException e) {
            err.println("gd: error: the kernel stopped: " + e.getMessage());
            return 70;
        }
    }

    private static int install(String[] args, PrintStream out, PrintStream err) {
        Path dataDir = null;
        String name = "gd", display = "gd";
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--user" -> dataDir = KernelSpec.userDataDir();
                    case "--sys-prefix" -> dataDir = KernelSpec.prefixDataDir(KernelSpec.sysPrefix());
                    case "--prefix" -> dataDir = KernelSpec.prefixDataDir(Path.of(value(args, ++i, "--prefix")));
                    case "--name" -> name = value(args, ++i, "--name");
                    case "--display-name" -> display = value(args, ++i, "--display-name");
                    default -> { return usage(err, "unknown option '" + args[i] + "'"); }
                }
            }
            if (!name.matches("[A-Za-z0-9._-]+"))
                return usage(err, "a kernel name has letters, digits, '.', '_' and '-' only, not '" + name + "'");
            Path dir = KernelSpec.install(dataDir != null ? dataDir : KernelSpec.userDataDir(), name, display);
            out.println("Installed kernelspec " + name + " in " + dir);
            return 0;
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        } catch (IOException e) {
            err.println("gd: error: could not install the kernelspec: " + e.getMessage());
            return 74;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }

    private static int usage(PrintStream err, String message) {
        err.println("gd: error: " + message);
        err.println(USAGE);
        return 64;
    }
}
