package gd.session;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The thread evaluations run on, for the REPL and the notebook kernel alike: Ctrl-C (the REPL's
 * signal handler) or an interrupt request (the kernel's control channel) arrives on another thread
 * and reaches only this one, where gd's long loops stop at their next Cancel.check() and the
 * session restores its state. It has the same big stack as Main's, for deep input.
 */
public final class EvalThread implements AutoCloseable {
    private static final long STACK_BYTES = 1L << 30;
    private final ExecutorService worker;
    private Thread running;
    private boolean interrupted;

    public EvalThread(String name) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, name, STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the task on the evaluation thread and waits for it; an interrupt meanwhile reaches it through {@link #interrupt()}. */
    public <T> T run(Supplier<T> task) {
        synchronized (this) {
            if (running == Thread.currentThread())
                return task.get();   // a meta-command (:load) running an input: already here
        }
        Future<T> f = worker.submit(() -> {
            Thread.interrupted();                       // an interrupt that came after the last task ended is for no task
            synchronized (this) { running = Thread.currentThread(); interrupted = false; }
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
                interrupt();                            // whoever interrupted the waiting thread meant the evaluation
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) throw r;
                if (cause instanceof Error err) throw err;
                throw new IllegalStateException(cause);
            }
        }
    }

    /** Asks the running evaluation, if any, to stop. */
    public synchronized void interrupt() {
        if (running == null) return;
        interrupted = true;
        running.interrupt();
    }

    /** Whether the evaluation now running (or the last one) was interrupted. */
    public synchronized boolean wasInterrupted() { return interrupted; }

    @Override public void close() { worker.shutdownNow(); }
}
