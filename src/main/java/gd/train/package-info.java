/**
 * Training: the loop ({@code Trainer}, with its {@code Stop} reason), the optimizers (an
 * exhaustive {@code Optimizer.Kind}), mini-batches, curvature advice, progress and reports, the
 * charts after a run, and the data built-ins. {@code TrainLib}, {@code DataLib} and the
 * {@code *Options} classes are the glue: they read train's arguments once into plain records;
 * below them nothing sees {@link gd.eval.Args}. Gradients come from {@link gd.grad}.
 */
package gd.train;
