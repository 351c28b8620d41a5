/**
 * Pictures: a {@code Figure} (series, scales, title) drawn as terminal charts (braille or ASCII),
 * PNG or animated GIF through headless Java2D. Only {@code PlotLib}, the plot built-in, reads
 * arguments; the rest receives figures and doubles.
 */
package gd.plot;
