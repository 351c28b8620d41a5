package gd.eval;

import java.util.List;

/** A group of built-ins that one package contributes (core, calculus, training, teaching). */
public interface Library {
    List<Builtin> builtins();
}
