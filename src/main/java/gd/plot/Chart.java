package gd.plot;

import gd.eval.Picture;

import java.util.function.IntFunction;

/**
 * A figure ready to be shown: as terminal text with a plot area of so many rows, or as a PNG or
 * SVG image. The figure is made for the resolution it is drawn at (a sampled function gets two
 * samples a text column, and 601 in an image).
 */
final class Chart implements Picture {
    private static final int IMAGE_SAMPLES = 601;
    private final IntFunction<Figure> figure;
    private final int rows;
    private final boolean spaced;

    /** spaced: a blank line follows the text (train's charts, set off from what it prints next). */
    Chart(IntFunction<Figure> figure, int rows, boolean spaced) {
        this.figure = figure;
        this.rows = rows;
        this.spaced = spaced;
    }

    /** The figure at image resolution. */
    Figure figure() { return figure.apply(IMAGE_SAMPLES); }

    @Override public String text(int width, boolean unicode) {
        String text = TextChart.render(figure.apply(2 * width), width, rows, unicode);
        return spaced || !text.endsWith("\n") ? text : text.substring(0, text.length() - 1);
    }

    @Override public byte[] png() { return Pictures.png(Painter.of(figure()), width(), height()); }

    @Override public String svg() {
        Figure f = figure();
        return Pictures.svg(Painter.of(f), width(), height(), f.title());
    }

    @Override public int width() { return Pictures.PNG_WIDTH; }
    @Override public int height() { return Pictures.PNG_HEIGHT; }
}
