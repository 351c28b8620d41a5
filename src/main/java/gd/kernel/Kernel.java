package gd.kernel;

import gd.session.EvalThread;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

/**
 * A Jupyter kernel for gd (messaging protocol 5.3 over ZeroMQ). Each socket has its own thread:
 * shell (requests, answered in order; cells run on the {@link EvalThread}), control (interrupt and
 * shutdown, answered while a cell runs), heartbeat (echo) and iopub ({@link Publisher}).
 */
public final class Kernel {
    private final Connection conn;
    private final Wire wire;
    private final String session = UUID.randomUUID().toString();
    private final String version;
    private final PrintStream log;
    private final CountDownLatch shutdown = new CountDownLatch(1);
    private final EvalThread worker = new EvalThread("gd-cell");
    private Publisher iopub;
    private Requests requests;

    Kernel(Connection conn, String version, PrintStream log) {
        this.conn = conn;
        this.wire = new Wire(conn.key());
        this.version = version;
        this.log = log;
    }

    /** Binds the sockets, serves until a shutdown request, and returns. */
    void serve() throws InterruptedException {
        ZContext ctx = new ZContext(1);
        try {
            ZMQ.Socket shell = bind(ctx, SocketType.ROUTER, conn.shell()),
                    control = bind(ctx, SocketType.ROUTER, conn.control());
            // gd never asks for input; the socket is there because clients connect to it
            bind(ctx, SocketType.ROUTER, conn.stdin());
            ZMQ.Socket hb = bind(ctx, SocketType.REP, conn.hb());
            iopub = new Publisher(bind(ctx, SocketType.PUB, conn.iopub()), wire, session);
            requests = new Requests(new Cells(iopub, worker), worker, version);
            List<Thread> threads = new ArrayList<>();
            threads.add(start("gd-iopub", iopub));
            threads.add(start("gd-heartbeat", () -> echo(hb)));
            threads.add(start("gd-control", () -> listen(control)));
            threads.add(start("gd-shell", () -> listen(shell)));
            Interrupts.onSignal(worker::interrupt);
            // A kernel whose client died without a shutdown request would run on forever (as ipykernel's parent poller, this ends it).
            ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(this::stop));
            iopub.status(null, "starting");
            shutdown.await();
            iopub.stop();
            threads.get(0).join(2000);
        } finally {
            worker.close();
            // Closing waits (up to the linger time) until the last replies are out; the socket threads, still
            // blocked in recv, cannot be joined first, so the close gets a deadline instead.
            Thread closing = start("gd-close", ctx::close);
            closing.join(3000);
        }
    }

    private ZMQ.Socket bind(ZContext ctx, SocketType type, int port) {
        ZMQ.Socket s = ctx.createSocket(type);
        s.setLinger(1000);
        s.bind(conn.address(port));
        return s;
    }

    private static Thread start(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void stop() { shutdown.countDown(); }

    private static void echo(ZMQ.Socket hb) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                byte[] ping = hb.recv(0);
                if (ping != null) hb.send(ping, 0);
            }
        } catch (ZMQException closed) {
            // the context is closing: the kernel is shutting down
        }
    }

    /** Reads requests from a ROUTER socket and answers each in turn, with busy/idle around it on iopub. */
    private void listen(ZMQ.Socket socket) {
        try {
            while (shutdown.getCount() > 0) {
                List<byte[]> frames = new ArrayList<>();
                do frames.add(socket.recv(0)); while (socket.hasReceiveMore());
                Message request;
                try {
                    request = wire.message(frames);
                } catch (Wire.Rejected e) {
                    log.println("gd kernel: ignored " + e.getMessage());
                    continue;
                }
                iopub.status(request, "busy");
                Map.Entry<String, Map<String, Object>> reply = requests.answer(request);
                if (reply != null) send(socket, request.reply(reply.getKey(), reply.getValue(), session));
                iopub.status(request, "idle");
                if (reply != null && reply.getKey().equals("shutdown_reply")) stop();
            }
        } catch (ZMQException closed) {
            // the context is closing: the kernel is shutting down
        }
    }

    private void send(ZMQ.Socket socket, Message m) {
        List<byte[]> frames = wire.frames(m);
        for (int i = 0; i < frames.size(); i++) socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
    }
}
