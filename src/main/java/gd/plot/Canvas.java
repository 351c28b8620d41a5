package gd.plot;

/**
 * What pictures are drawn on, in pixels with y down: {@link Java2dCanvas} for PNG and GIF,
 * {@link SvgCanvas} for SVG. The layout (where the axes, ticks, legend and title go) is worked
 * out once, by {@link Painter} and {@link Landscape}, and each back end only draws primitives.
 */
interface Canvas {
    /** Where a text's x is: its start, middle or end. */
    enum Anchor { START, MIDDLE, END }

    /** A text's look: ticks and legends, the bold title, and the y axis's name turned on its side. */
    enum Type {
        PLAIN(12, false), TITLE(14, true), VERTICAL(12, false);
        final float size;
        final boolean bold;
        Type(float size, boolean bold) { this.size = size; this.bold = bold; }
    }

    void fill(double x, double y, double w, double h, Rgb c);

    /** A rectangle's outline, one pixel wide. */
    void frame(double x, double y, double w, double h, Rgb c);

    void line(double x0, double y0, double x1, double y1, Rgb c, double width);

    /** A line through the points with round joins; a NaN coordinate breaks it into pieces. */
    void polyline(double[] xs, double[] ys, Rgb c, double width);

    void disc(double cx, double cy, double radius, Rgb c);

    /** Text whose baseline starts, centres or ends at (x, y); VERTICAL reads upwards, centred on (x, y). */
    void text(String s, double x, double y, Type type, Anchor anchor, Rgb c);

    /** How wide a text is drawn, to place a legend box around it. */
    double width(String s, Type type);

    /** Until {@link #unclip()}, only this rectangle is drawn on. */
    void clip(double x, double y, double w, double h);

    void unclip();

    /** Marks what follows, until {@link #end()}, as one named part (a series, the legend): an SVG group with that class. */
    default void begin(String part) {}

    default void end() {}
}
