package gd.repl;

import gd.session.Render;
import gd.session.Session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A plain working prompt (the JLine REPL replaces it). */
public final class Repl {
    private Repl() {}

    public static int start(PrintStream out, PrintStream err) {
        Session session = new Session(out::println);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            while (true) {
                out.print("gd> ");
                out.flush();
                String line = in.readLine();
                if (line == null) return 0;
                session.eval("<repl>", line, o -> {
                    String s = Render.out(o);
                    if (s != null) out.println(s);
                    String e = Render.err(o);
                    if (e != null) err.println(e);
                });
            }
        } catch (IOException e) {
            return 74;
        }
    }
}
