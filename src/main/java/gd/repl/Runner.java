package gd.repl;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs evaluations on their own thread so that Ctrl-C, which arrives on the terminal's signal
 * handler while the reader waits, can interrupt them; gd's long loops call Cancel.check() and the
 * session then restores its state. The thread has the same big stack as Main's, for deep input.
 */
final class Runner implements AutoCloseable {
    private static final long STACK_BYTES = 1L << 30;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "gd-eval", STACK_BYTES);
        t.setDaemon(true);
        return t;
    });
    private Thread running;

    /** Runs the task on the worker and waits for it; Ctrl-C meanwhile reaches it through {@link #interrupt()}. */
    <T> T run(Supplier<T> task) {
        synchronized (this) {
            if (running == Thread.currentThread()) return task.get();   // a meta-command (:load) running an input: already here
        }
        Future<T> f = worker.submit(() -> {
            Thread.interrupted();                       // a Ctrl-C that came after the last task ended
            synchronized (this) { running = Thread.currentThread(); }
            try {
                return task.get();
            } finally {
                synchronized (this) { running = null; }
            }
        });
        while (true) {
            try {
                return f.get();
            } catch (InterruptedException e) {
                interrupt();                            // whoever interrupted the reader meant the evaluation
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) throw r;
                if (cause instanceof Error err) throw err;
                throw new IllegalStateException(cause);
            }
        }
    }

    /** Asks the running evaluation, if any, to stop. */
    synchronized void interrupt() {
        if (running != null) running.interrupt();
    }

    @Override public void close() { worker.shutdownNow(); }
}
