/**
 * Pictures: a {@code Figure} (series, scales, title) drawn as terminal charts (braille or ASCII),
 * or laid out once on a {@code Canvas} whose back ends are headless Java2D (PNG, animated GIF) and
 * an SVG writer. Only {@code PlotLib} and {@code ContourOptions}, the glue, read arguments; the rest
 * receives figures and doubles.
 */
package gd.plot;
