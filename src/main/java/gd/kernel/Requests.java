package gd.kernel;

import gd.session.EvalThread;
import java.util.List;
import java.util.Map;

/** The answer to each request a client sends, by message type; null for a request that has no reply. */
final class Requests {
    private final Cells cells;
    private final EvalThread worker;
    private final String version;

    Requests(Cells cells, EvalThread worker, String version) {
        this.cells = cells;
        this.worker = worker;
        this.version = version;
    }

    Map.Entry<String, Map<String, Object>> answer(Message m) {
        String type = m.type();
        Map<String, Object> content = switch (type) {
            case "kernel_info_request" -> info();
            case "execute_request" -> cells.execute(m);
            case "is_complete_request" -> Lookup.isComplete(m.text("code", ""));
            case "complete_request" -> Lookup.complete(cells.session(), m.text("code", ""), m.number("cursor_pos", 0));
            case "inspect_request" -> Lookup.inspect(cells.session(), m.text("code", ""), m.number("cursor_pos", 0));
            case "history_request" -> Message.map("status", "ok", "history", List.of());
            case "comm_info_request" -> Message.map("status", "ok", "comms", Map.of());
            case "interrupt_request" -> { worker.interrupt(); yield Message.map("status", "ok"); }
            case "shutdown_request" -> Message.map("status", "ok", "restart", m.flag("restart", false));
            default -> null;
        };
        return content == null ? null : Map.entry(type.replace("_request", "_reply"), content);
    }

    private Map<String, Object> info() {
        return Message.map("status", "ok", "protocol_version", Message.PROTOCOL, "implementation", "gd",
                "implementation_version", version,
                "language_info", Message.map("name", "gd", "version", version, "mimetype", "text/x-gd",
                        "file_extension", ".gd", "pygments_lexer", "python", "codemirror_mode", "python"),
                "banner", "gd " + version + ": derivatives and gradient descent. Tab completes, Shift-Tab shows help.",
                "help_links", List.of(), "debugger", false);
    }
}
