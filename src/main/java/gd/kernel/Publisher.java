package gd.kernel;

import org.zeromq.ZMQ;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The iopub channel. Messages are queued and sent by this one thread: a ZeroMQ socket belongs to
 * one thread, and the evaluating thread, which Ctrl-C interrupts, must never touch a socket (an
 * interrupt in the middle of JeroMQ's I/O closes its channels for good).
 */
final class Publisher implements Runnable {
    private static final Message STOP = new Message(List.of(), Map.of(), Map.of(), Map.of(), Map.of());
    private final BlockingQueue<Message> queue = new LinkedBlockingQueue<>();
    private final ZMQ.Socket socket;
    private final Wire wire;
    private final String session;

    Publisher(ZMQ.Socket socket, Wire wire, String session) {
        this.socket = socket;
        this.wire = wire;
        this.session = session;
    }

    /** Publishes a message of this type on behalf of the request (its parent); safe from any thread, never blocks. */
    void publish(Message parent, String type, Map<String, Object> content) {
        Message m = parent == null
                ? new Message(List.of(), Message.header(type, session), Map.of(),
                new java.util.LinkedHashMap<>(), content)
                : new Message(List.of(), Message.header(type, session), parent.header,
                new java.util.LinkedHashMap<>(), content);
        queue.offer(m);
    }

    void status(Message parent, String state) { publish(parent, "status", Message.map("execution_state", state)); }

    void stop() { queue.offer(STOP); }

    @Override public void run() {
        while (true) {
            Message m;
            try {
                m = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (m == STOP) return;
            List<byte[]> frames = wire.frames(m);
            frames.add(0, ("kernel." + session + "." + m.type()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (int i = 0; i < frames.size(); i++) socket.send(frames.get(i), i < frames.size() - 1 ? ZMQ.SNDMORE : 0);
        }
    }
}
