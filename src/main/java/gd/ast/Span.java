package gd.ast;

/** Where a statement or expression stands in its source: 1-based line, 0-based column, length in characters. */
public record Span(Source source, int line, int col, int length) {
    public Span {
        length = Math.max(1, length);
    }
}
