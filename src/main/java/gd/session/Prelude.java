package gd.session;

import gd.eval.Library;
import gd.lib.CalcLib;
import gd.lib.Conversions;
import gd.lib.CoreLib;
import gd.lib.CourseLib;
import gd.plot.PlotLib;
import gd.teach.Notation;
import gd.teach.TeachLib;
import gd.train.DataLib;
import gd.train.ParamLib;
import gd.train.TrainLib;

import java.util.List;
import java.util.function.Consumer;

/** Every library of built-ins a session starts with. A package that adds built-ins adds its library here. */
final class Prelude {
    private Prelude() {}

    /** setNotation is how notation("infix") reaches the session. */
    static List<Library> libraries(Consumer<Notation> setNotation) {
        return List.of(new CoreLib(), new Conversions(), new CalcLib(), new CourseLib(), new TrainLib(), new DataLib(),
                new ParamLib(), new PlotLib(Notation.INFIX::print),
                new TeachLib(setNotation), new ImportLib());
    }
}
