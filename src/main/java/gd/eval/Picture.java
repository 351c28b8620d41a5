package gd.eval;

/**
 * A chart a built-in made (plot, train's loss curve and fit, contour): the {@link Output} decides
 * how it is shown, as terminal text (a console, a script) or as an image too (a notebook).
 */
public interface Picture {
    /** The chart as text this many columns wide: Unicode braille, or plain ASCII. */
    String text(int width, boolean unicode);

    /** The chart as a PNG image. */
    byte[] png();

    /** The chart as an SVG document, laid out as the PNG is. */
    String svg();

    /** The image's size in pixels. */
    int width();

    int height();
}
