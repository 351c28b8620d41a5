package gd.plot;

/** A colour, with opacity 0-255; a record of its own so that SVG output never loads AWT. */
record Rgb(int r, int g, int b, int alpha) {
    static final Rgb WHITE = of(255, 255, 255), BLACK = of(0, 0, 0), LIGHT_GREY = of(192, 192, 192);

    static Rgb of(int r, int g, int b) { return new Rgb(r, g, b, 255); }

    /** #rrggbb, as SVG writes it (opacity apart). */
    String hex() { return String.format("#%02x%02x%02x", r, g, b); }
}
