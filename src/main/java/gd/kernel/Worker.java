package gd.kernel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The thread cells run on: a big stack (deep input recurses, as in Main), and the only thread an
 * interrupt request reaches, so that gd's long loops stop at their next Cancel.check() while
 * the sockets' threads carry on.
 */
final class Worker implements AutoCloseable {
    private static final long STACK_BYTES = 1L << 30;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "gd-cell", STACK_BYTES);
        t.setDaemon(true);
        return t;
    });
    private Thread running;
    private boolean interrupted;

    /** Runs the task on the cell thread and waits for it. */
    <T> T run(Supplier<T> task) {
        Future<T> f = executor.submit(() -> {
            Thread.interrupted();                       // an interrupt that came between cells is for no cell
            synchronized (this) { running = Thread.currentThread(); interrupted = false; }
            try {
                return task.get();
            } finally {
                synchronized (this) { running = null; }
            }
        });
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the kernel is shutting down", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Asks the running cell, if any, to stop. */
    synchronized void interrupt() {
        if (running == null) return;
        interrupted = true;
        running.interrupt();
    }

    /** Whether the cell now running (or the last one) was interrupted. */
    synchronized boolean wasInterrupted() { return interrupted; }

    @Override public void close() { executor.shutdownNow(); }
}
