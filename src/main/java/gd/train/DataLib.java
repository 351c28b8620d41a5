package gd.train;

import gd.eval.Args;
import gd.eval.Builtin;
import gd.eval.Library;
import gd.eval.Floats;
import gd.eval.Values;
import gd.expr.Expr;
import gd.expr.Num;

import java.util.List;
import java.util.Random;

/** Data for training: linspace (bit-identical to numpy's), seeded random and noise, load of a CSV file. */
public final class DataLib implements Library {

    @Override public List<Builtin> builtins() {
        return List.of(
            new Builtin("linspace", "linspace(a, b, n)",
                    "n evenly spaced numbers from a to b, both included, exactly as numpy.linspace: linspace(0, 1, 5) is [0, 0.25, 0.5, 0.75, 1]", DataLib::linspace),
            new Builtin("random", "random(n, lo=0, hi=1, seed=1)",
                    "n uniformly distributed numbers in [lo, hi), the same for the same seed; random([rows, cols]) gives a matrix "
                    + "(a list of rows), for starting weights: random(3, seed=7), random([16, 2], lo=-1, hi=1)", DataLib::random),
            new Builtin("noise", "noise(n, sd=1, seed=1)",
                    "n normally distributed numbers with mean 0, the same for the same seed: [y + e for y, e in zip(ys, noise(len(ys), sd=0.1))]", DataLib::noise),
            new Builtin("load", "load(\"file.csv\")",
                    "the rows of a CSV file of numbers (after its header row), as a list of lists; a relative path is looked up beside the script first: load(\"noisy.csv\")", DataLib::load),
            new Builtin("batches", "batches(rows, size, shuffle=false, seed=1)",
                    "one epoch of the rows in batches of size (the last may be smaller), shuffled when shuffle=true (the same order for the same seed, "
                    + "as train(..., data=, batch=) walks its first epoch): for batch in batches(zip(xs, ys), 32, shuffle=true, seed=1):", DataLib::batches));
    }

    private static Object batches(Args a) {
        a.expect(2, 2, "shuffle", "seed");
        List<Object> rows = a.list(0);
        Num size = a.num(1);
        if (!size.isInteger() || size.signum() <= 0 || size.numerator().bitLength() > 31)
            throw a.errorAt(1, "batches needs a whole number of rows per batch, 1 or more, got " + size);
        TrainOptions o = new TrainOptions(a, 0);
        return Batches.of(rows, size.numerator().intValue(), a.flag("shuffle", false), o.whole("seed", 1, 0));
    }

    private static Object load(Args a) {
        a.expect(1, 1);
        if (!(a.get(0) instanceof String name)) throw a.errorAt(0, "load needs a file name in quotes, like load(\"data.csv\")");
        return CsvLoader.load(name, a.span() == null ? null : a.span().source().name(), a.spanOf(0));
    }

    private static Object linspace(Args a) {
        a.expect(3, 3);
        double start = a.num(0).doubleValue(), stop = a.num(1).doubleValue();
        Num count = a.num(2);
        if (!count.isInteger() || count.signum() < 0 || count.numerator().bitLength() > 26) throw a.errorAt(2,
                "linspace needs a whole number of points from 0 to 50,000,000, got " + count);
        return numbers(linspace(start, stop, count.numerator().intValue()));
    }

    /** numpy's formula: x_i = i * ((b - a) / (n - 1)) + a, with the last point exactly b. */
    public static double[] linspace(double a, double b, int n) {
        double[] xs = new double[n];
        if (n == 1) xs[0] = a;
        if (n < 2) return xs;
        double step = (b - a) / (n - 1);
        for (int i = 0; i < n; i++) xs[i] = step == 0 ? i / (double) (n - 1) * (b - a) + a : i * step + a;
        xs[n - 1] = b;
        return xs;
    }

    private static Object random(Args a) {
        a.expect(1, 1, "lo", "hi", "seed");
        TrainOptions o = new TrainOptions(a, 0);
        double lo = o.number("lo", 0), hi = o.number("hi", 1);
        Random r = new Random(o.whole("seed", 1, 0));
        if (a.get(0) instanceof List<?> shape)   // random([16, 2]): a matrix, drawn row by row from the one generator
            return ParamLib.filled(ParamLib.dims(shape, m -> a.errorAt(0, m)), () -> Num.of(lo + (hi - lo) * r.nextDouble()), 0);
        int n = count(a);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) xs[i] = lo + (hi - lo) * r.nextDouble();
        return numbers(xs);
    }

    private static Object noise(Args a) {
        a.expect(1, 1, "sd", "seed");
        TrainOptions o = new TrainOptions(a, 0);
        int n = count(a);
        double sd = o.number("sd", 1);
        Random r = new Random(o.whole("seed", 1, 0));
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) xs[i] = sd * r.nextGaussian();   // java.util.Random's Gaussian is specified exactly, so seeds reproduce everywhere
        return numbers(xs);
    }

    private static int count(Args a) {
        Num n = a.num(0);
        if (!n.isInteger() || n.signum() < 0 || n.numerator().bitLength() > 26) throw a.errorAt(0,
                "the count must be a whole number from 0 to 50,000,000, got " + n);
        return n.numerator().intValue();
    }

    /** Floats as a list, kept as an array (a data sum over them reads it directly). */
    static List<Object> numbers(double[] xs) { return new Floats.Column(xs); }
}
