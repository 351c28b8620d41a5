package gd.plot;

/** A picture as a procedure that draws it on any canvas of the given size: one layout, every back end. */
@FunctionalInterface
interface Drawing {
    void draw(Canvas c, int w, int h);
}
