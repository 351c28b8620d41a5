package gd.simplify;

/** What the canonicalizer did, to name the step in a trace. */
enum Step {
    FLATTEN("flatten"), FOLD("fold constants"), COLLECT("collect like terms"), COMBINE("combine like factors"),
    EXPAND("expand"), FACTOR("take out common factors"), DENOMINATOR("common denominator"),
    IDENTITY("identities of functions");

    final String text;

    Step(String text) { this.text = text; }
}
