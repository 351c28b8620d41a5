package gd.plot;

import gd.eval.Picture;

import java.util.List;

/**
 * Charts one above the other in one image (train's to=: the fit over the loss curve), each in a
 * panel of the full width: one file a teacher can drop into a handout. As text, the charts in turn.
 */
final class Stack implements Picture {
    private final List<Chart> charts;
    private final int[] heights;

    Stack(List<Chart> charts, int... heights) {
        if (charts.size() != heights.length) throw new IllegalArgumentException("one height per chart");
        this.charts = List.copyOf(charts);
        this.heights = heights.clone();
    }

    @Override public String text(int width, boolean unicode) {
        StringBuilder sb = new StringBuilder();
        for (Chart c : charts) sb.append(c.text(width, unicode));
        return sb.toString();
    }

    private Drawing drawing(List<Figure> figures) {
        return (c, w, h) -> {
            int y = 0;
            for (int i = 0; i < figures.size(); i++) {
                Painter.draw(figures.get(i), c, 0, y, w, heights[i]);
                y += heights[i];
            }
        };
    }

    private List<Figure> figures() { return charts.stream().map(Chart::figure).toList(); }

    @Override public byte[] png() { return Pictures.png(drawing(figures()), width(), height()); }

    @Override public String svg() {
        List<Figure> figures = figures();
        return Pictures.svg(drawing(figures), width(), height(),
                String.join("; ", figures.stream().map(Figure::title).toList()));
    }

    @Override public int width() { return Pictures.PNG_WIDTH; }

    @Override public int height() {
        int sum = 0;
        for (int h : heights) sum += h;
        return sum;
    }
}
