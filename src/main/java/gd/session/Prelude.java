package gd.session;

import gd.eval.Library;
import gd.lib.CalcLib;
import gd.lib.CoreLib;
import gd.teach.TeachLib;

import java.util.List;

/** Every library of built-ins a session starts with. A package that adds built-ins adds its library here. */
final class Prelude {
    private Prelude() {}

    static List<Library> libraries() {
        return List.of(new CoreLib(), new CalcLib(),
                new TeachLib(),
                new gd.plot.PlotLib(),
                new gd.train.TrainLib(), new gd.train.DataLib());
    }
}
