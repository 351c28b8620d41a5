package gd.kernel;

import gd.eval.Output;
import gd.eval.Picture;

import java.util.Base64;

/**
 * What a running cell says, published on iopub for the request that runs it: lines as a stdout
 * stream, train's progress bar as a stream line that each update overwrites ("\r", which
 * notebooks and consoles honour), and charts as images with their terminal text beside them.
 */
final class CellOutput implements Output {
    static final int WIDTH = 80;
    private final Publisher iopub;
    private volatile Message request;
    private volatile boolean silent, statusShown;

    CellOutput(Publisher iopub) { this.iopub = iopub; }

    /** The request whose cell now runs; silent requests publish nothing. */
    void begin(Message request, boolean silent) {
        this.request = request;
        this.silent = silent;
        this.statusShown = false;
    }

    /** Ends the cell: a progress bar still shown keeps its line. */
    void end() { endStatus(); }

    @Override public void line(String text) {
        stream((statusShown ? "\r" : "") + text + "\n");
        statusShown = false;
    }

    @Override public void status(String text) {
        stream("\r" + text);
        statusShown = true;
    }

    @Override public void picture(Picture p) {
        endStatus();
        if (silent) return;
        iopub.publish(request, "display_data", Message.map(
                "data", Message.map("text/plain", p.text(WIDTH, true), "image/png",
                        Base64.getEncoder().encodeToString(p.png())),
                "metadata", Message.map(), "transient", Message.map()));
    }

    @Override public boolean interactive() { return true; }
    @Override public int width() { return WIDTH; }

    private void endStatus() {
        if (statusShown) stream("\n");
        statusShown = false;
    }

    private void stream(String text) {
        if (!silent) iopub.publish(request, "stream", Message.map("name", "stdout", "text", text));
    }
}
