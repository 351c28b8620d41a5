package gd;

/** The text of gd --help. */
final class Usage {
    private Usage() {}

    static final String TEXT = """
            gd - derivatives and gradient descent, by example

            usage:
              gd                 start the REPL (on a terminal)
              gd FILE.gd         run a script
              gd -e TEXT ...     run TEXT (repeatable; runs in order)
              gd < FILE.gd       run a script from standard input
              gd --echo FILE.gd  run a script as a transcript: each statement, then its output
              gd --to markdown|html|latex FILE.gd
                                 write a handout beside the script (comments as prose, results as
                                 math, charts as PNG files, asserts as checks); --exercises leaves
                                 each assert's answer blank, --answers writes the answer key;
                                 -o OUT names the file
              gd kernel install  make gd a Jupyter kernel (--user, the default; --prefix DIR; --sys-prefix)
              gd kernel -f FILE  run the Jupyter kernel (Jupyter starts it so)
              gd --help          show this help
              gd --version       show the version

            examples:
              gd -e 'params x y' -e 'd(x**2 + x*y, x)'      prints (+ (* 2 x) y)
              gd samples/seed.gd

            exit status: 0 ok, 64 usage error, 65 error in the script, 66 input file missing,
            70 error while running, 74 I/O error
            """;
}
