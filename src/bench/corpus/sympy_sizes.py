#!/usr/bin/python3
"""SymPy's answer for each derivative of gd's corpus, and its size in gd's measure.

    src/bench/corpus/sympy_sizes.py src/test/resources/corpus/derivatives.tsv

For each line (source, variable, expression) it computes sympy.simplify(sympy.diff(e, v)) with
Debian's python3-sympy (apt-get install python3-sympy) and rewrites the file with two more
columns: the size of that answer counted as gd counts a printed tree (size(e): one per node,
an exact fraction p/q three, a - b rather than a + -1*b, a/b rather than a*b**-1, sqrt(u) for
u**(1/2)), and SymPy's printed answer. gd's tests read the sizes; SymPy is never needed to run them.
Lines SymPy cannot finish in LIMIT seconds get '-' and are left out of the comparison.
"""
import signal
import sys

import sympy

LIMIT = 30


def size(e):
    if e.is_Integer or e.is_Float or e.is_Symbol or e.is_NumberSymbol:
        return 1
    if e.is_Rational:
        return 3
    if e.is_Add:
        return add_size(list(e.args))
    if e.is_Mul:
        num, den = sympy.fraction(e, exact=True)
        if den != 1:
            return 1 + size(num) + size(den)
        return product_size(e)
    if e.is_Pow:
        b, x = e.args
        if x == sympy.S.Half:
            return 1 + size(b)
        if x.is_number and x.is_negative:   # 1/b**k, or b**-k where that is smaller (gd prints either)
            below = 2 + size(sympy.Pow(b, -x, evaluate=False) if x != -1 else b)
            return min(below, 1 + size(b) + size(x))
        return 1 + size(b) + size(x)
    if isinstance(e, sympy.Function):
        return 1 + sum(size(a) for a in e.args)
    raise ValueError('no gd size for ' + sympy.srepr(e))


def product_size(e):
    coef, rest = e.as_coeff_mul()
    n = len(rest) + (0 if coef == 1 else 1)
    total = sum(size(f) for f in rest) + (0 if coef == 1 else size(coef))
    return total if n == 1 else 1 + total


def add_size(terms):
    plus = [t for t in terms if not t.could_extract_minus_sign()]
    minus = [-t for t in terms if t.could_extract_minus_sign()]
    every = 1 + sum(size(t) for t in terms)
    if not plus or not minus:
        return every
    return min(every, 1 + sum_size(plus) + sum_size(minus))


def sum_size(terms):
    return size(terms[0]) if len(terms) == 1 else 1 + sum(size(t) for t in terms)


def answer(text, var):
    names = {c: sympy.Symbol(c) for c in 'abcdfghkmnpqrstuvwxyz'}
    e = sympy.sympify(text, locals=names, rational=True)
    return sympy.simplify(sympy.diff(e, names[var]))


class Slow(Exception):
    pass


def main():
    path = sys.argv[1]
    lines = open(path, encoding='utf-8').read().rstrip('\n').split('\n')
    out = [lines[0]]
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(Slow()))
    for line in lines[1:]:
        source, var, text = line.split('\t')[:3]
        signal.alarm(LIMIT)
        try:
            d = answer(text, var)
            cols = [str(size(d)), sympy.sstr(d)]
        except Slow:
            cols = ['-', 'timeout']
        finally:
            signal.alarm(0)
        out.append('\t'.join([source, var, text] + cols))
        print(len(out) - 1, file=sys.stderr, end='\r')
    open(path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')


if __name__ == '__main__':
    main()
