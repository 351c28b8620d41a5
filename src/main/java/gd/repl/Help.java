package gd.repl;

import gd.eval.Builtin;
import gd.eval.Names;
import gd.session.Binding;
import gd.session.Session;

import java.util.ArrayList;
import java.util.List;

/** The texts of :help, :help NAME and :vars, drawn from the engine (built-ins' own signatures and help). */
final class Help {
    private Help() {}

    static String overview(Session session) {
        StringBuilder sb = new StringBuilder();
        sb.append("Type a statement and press Enter; while a bracket is open, Enter continues on the next line.\n")
          .append("Keys: Tab completes names, Up/Down recall earlier input, Ctrl-R searches it, Ctrl-C clears\n")
          .append("the line or stops a running computation, Ctrl-D on an empty line quits. _ is the last result.\n\n")
          .append("Commands:\n");
        for (String m : MetaCommands.NAMES) sb.append("  ").append(summaryLine(m)).append('\n');
        sb.append("\nBuilt-ins (:help NAME for one, with an example):\n")
          .append(wrap(String.join(" ", builtinNames(session)), "  "))
          .append("\n\nTry:  params x y   then   e = x**2 + x*y   then   d(e, x)   then   val(e, {x: 2, y: 3})");
        return sb.toString();
    }

    private static List<String> builtinNames(Session session) {
        List<String> names = new ArrayList<>();
        for (Builtin b : session.builtins()) names.add(b.name());
        return names;
    }

    /** Text broken between words into lines of at most 78 columns, each starting with the indent. */
    static String wrap(String text, String indent) {
        StringBuilder sb = new StringBuilder(indent);
        int col = indent.length();
        for (String word : text.split(" ")) {
            if (col > indent.length() && col + 1 + word.length() > 78) {
                sb.append('\n').append(indent);
                col = indent.length();
            } else if (col > indent.length()) {
                sb.append(' ');
                col++;
            }
            sb.append(word);
            col += word.length();
        }
        return sb.toString();
    }

    private static String summaryLine(String meta) {
        return String.format("%-26s %s", usage(meta), MetaCommands.summary(meta));
    }

    private static String usage(String meta) {
        return switch (meta) {
            case ":help" -> ":help [NAME]";
            case ":load", ":save" -> meta + " FILE";
            case ":show" -> ":show sexpr|infix|latex";
            default -> meta;
        };
    }

    /** :help NAME: a built-in's signature and help, a command's use, or what a name of yours holds. */
    static String about(String name, Session session) {
        Builtin b = session.builtin(name);
        Binding mine = session.binding(name);
        if (mine != null) return describe(mine, session, 1000);
        if (b != null) return b.signature() + "\n" + wrap(b.help(), "  ");
        String meta = name.startsWith(":") ? name : ":" + name;
        if (MetaCommands.NAMES.contains(meta)) return usage(meta) + "\n  " + MetaCommands.summary(meta);
        if (session.keywords().contains(name))
            return "'" + name
                    + "' is a keyword of the language (params, assert, for ... in ... if, and, or, not, true, false); "
                    + ":help shows an example session";
        List<String> known = builtinNames(session);
        for (Binding mineToo : session.bindings()) known.add(mineToo.name());
        known.addAll(MetaCommands.NAMES);
        String near = Names.nearest(name, known);
        return "no built-in or name '" + name + "'" + (near != null ? "; did you mean '" + near + "'?"
                : "; :help lists the built-ins");
    }

    /** :vars: parameters with their values, then variables, then functions, one per line, each cut to the width. */
    static String vars(Session session, int width) {
        List<String> params = new ArrayList<>(), vars = new ArrayList<>(), fns = new ArrayList<>();
        for (Binding b : session.bindings()) {
            List<String> into = b instanceof Binding.Function ? fns : b instanceof Binding.Parameter ? params : vars;
            into.add("  " + describe(b, session, width - 3));
        }
        if (params.isEmpty() && vars.isEmpty() && fns.isEmpty())
            return "nothing defined yet; try  params x  or  f(x) = x**2";
        StringBuilder sb = new StringBuilder();
        section(sb, "parameters", params);
        section(sb, "variables", vars);
        section(sb, "functions", fns);
        return sb.toString().stripTrailing();
    }

    private static void section(StringBuilder sb, String title, List<String> lines) {
        if (lines.isEmpty()) return;
        sb.append(title).append(":\n");
        for (String l : lines) sb.append(l).append('\n');
    }

    private static String describe(Binding b, Session session, int width) {
        String text;
        if (b instanceof Binding.Function f) text = f.signature();
        else if (b instanceof Binding.Parameter p) text = p.name() + " = " + session.show(p.value());
        else text = b.name() + " = " + oneLine(session.show(((Binding.Variable) b).value()));
        return text.length() > width ? text.substring(0, Math.max(0, width - 1)) + "…" : text;
    }

    private static String oneLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " …";
    }
}
