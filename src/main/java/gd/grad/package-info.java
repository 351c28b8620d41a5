/**
 * Reverse mode: a loss laid out once ({@link gd.grad.Layout}), compiled to a flat tape
 * ({@link gd.grad.Tape}, with {@link gd.grad.Opcode} its one opcode set) and run forward and
 * backward as often as needed ({@link gd.grad.Tapes} remembers the tape of a recent loss, so grad
 * in a loop compiles once); and the {@link gd.grad.Engine}s that training, check and graph use.
 * It knows expressions and numbers, never the interpreter.
 */
package gd.grad;
