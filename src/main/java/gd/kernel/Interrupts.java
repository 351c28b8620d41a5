package gd.kernel;

import org.jline.utils.Signals;

/**
 * SIGINT, which Jupyter sends to interrupt a kernel whose spec says interrupt_mode "signal", as a
 * call to the handler instead of the JVM's default (exiting). JLine's Signals does this for the
 * REPL already, without gd naming sun.misc directly.
 */
final class Interrupts {
    private Interrupts() {}

    static void onSignal(Runnable handler) { Signals.register("INT", handler); }
}
