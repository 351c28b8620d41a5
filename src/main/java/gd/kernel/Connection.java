package gd.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** What a Jupyter connection file says: where each of the five sockets listens, and the signing key. */
record Connection(String transport, String ip, int shell, int control, int stdin, int iopub, int hb, String key) {

    static Connection read(Path file) throws IOException {
        Map<String, Object> m;
        try {
            m = Json.object(Files.readString(file, StandardCharsets.UTF_8));
        } catch (Json.Malformed e) {
            throw new IOException(file + " is not a Jupyter connection file: " + e.getMessage());
        }
        Object scheme = m.getOrDefault("signature_scheme", "hmac-sha256");
        if (!"hmac-sha256".equals(scheme))
            throw new IOException(file + ": gd signs with hmac-sha256 only, not " + scheme);
        return new Connection(string(m, "transport", "tcp"), string(m, "ip", "127.0.0.1"),
                port(m, "shell_port", file), port(m, "control_port", file), port(m, "stdin_port", file),
                port(m, "iopub_port", file), port(m, "hb_port", file), string(m, "key", ""));
    }

    /** The address to bind a socket to: tcp://ip:port, or ipc://ip-port as jupyter_client names IPC files. */
    String address(int port) {
        return transport.equals("ipc") ? "ipc://" + ip + "-" + port : transport + "://" + ip + ":" + port;
    }

    private static String string(Map<String, Object> m, String key, String otherwise) {
        return m.get(key) instanceof String s ? s : otherwise;
    }

    private static int port(Map<String, Object> m, String key, Path file) throws IOException {
        if (m.get(key) instanceof Number n) return n.intValue();
        throw new IOException(file + " has no " + key);
    }
}
