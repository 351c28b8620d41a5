#!/usr/bin/python3
"""Collects expressions that public test suites differentiate, for gd's derivative corpus.

Run once, by hand (the output is committed as src/test/resources/corpus/sources.tsv):
    src/bench/corpus/extract.py SYMPY_DIR MAXIMA_DIR > sources.tsv
SYMPY_DIR is an installed sympy package (Debian's python3-sympy: /usr/lib/python3/dist-packages/sympy),
MAXIMA_DIR a checkout of Maxima's sources (its tests/rtest*.mac). Each line: where the expression
was found, the variable, the expression in gd's (Python's) syntax. Only expressions that gd can
read are kept: symbols of one letter, integers and exact fractions, + - * / **, and the functions
in FUNCTIONS. The expressions are test data (what to differentiate), not the tests' code.
"""
import ast
import os
import re
import sys

import sympy

FUNCTIONS = {'exp', 'log', 'sin', 'cos', 'tanh', 'sqrt', 'tan', 'sinh', 'cosh', 'asin', 'acos', 'atan',
             'sec', 'csc', 'cot', 'asinh', 'acosh', 'atanh'}
LETTERS = 'abcfghkmnpqrstuvwxyz'   # not d (gd's d), e (a constant), i, j, l, o
NS = {c: sympy.Symbol(c) for c in LETTERS}
NS.update({f: getattr(sympy, f) for f in FUNCTIONS})
NS.update({'Rational': sympy.Rational, 'S': sympy.S, 'Integer': sympy.Integer})
ALLOWED = {sympy.Add, sympy.Mul, sympy.Pow, sympy.Symbol}
MAX_OPS = 60


def acceptable(e, var):
    if not isinstance(e, sympy.Expr) or e.has(sympy.I, sympy.oo, sympy.zoo, sympy.nan, sympy.pi, sympy.E):
        return False
    if not e.free_symbols or sympy.Symbol(var) not in e.free_symbols or sympy.count_ops(e) > MAX_OPS:
        return False
    for node in sympy.preorder_traversal(e):
        if isinstance(node, (sympy.Integer, sympy.Rational)):
            continue
        if isinstance(node, sympy.Number) or isinstance(node, sympy.Float):
            return False
        if type(node) in ALLOWED:
            continue
        if isinstance(node, sympy.Function) and type(node).__name__ in FUNCTIONS:
            continue
        return False
    return True


def gd_text(e):
    return sympy.sstr(e, order='none')


def from_sympy(root):
    """X.diff(v) and diff(X, v) in sympy's own test files; a name X is read from its last assignment above."""
    for dirpath, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if not (name.startswith('test_') and name.endswith('.py')):
                continue
            path = os.path.join(dirpath, name)
            src = open(path, encoding='utf-8').read()
            try:
                tree = ast.parse(src)
            except SyntaxError:
                continue
            rel = 'sympy/' + os.path.relpath(path, root)
            for fn in ast.walk(tree):
                if isinstance(fn, ast.FunctionDef):
                    yield from diffs_in(fn, src, rel)


def diffs_in(fn, src, rel):
    assigns = [(n.lineno, n.targets[0].id, ast.get_source_segment(src, n.value)) for n in ast.walk(fn)
               if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)]
    for node in ast.walk(fn):
        if not isinstance(node, ast.Call) or len(node.args) < 1:
            continue
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr == 'diff' and len(node.args) == 1:
            target, var = f.value, node.args[0]
        elif isinstance(f, ast.Name) and f.id == 'diff' and len(node.args) == 2:
            target, var = node.args
        else:
            continue
        if not (isinstance(var, ast.Name) and var.id in LETTERS):
            continue
        env = {}
        for line, name, text in sorted(assigns):
            if line < node.lineno:
                try:
                    env[name] = eval(text, {'__builtins__': {}}, {**NS, **env})
                except Exception:
                    env.pop(name, None)
        yield rel, node.lineno, var.id, ast.get_source_segment(src, target), env


def balanced(s, i):
    """The index just past the bracket group that opens at s[i]."""
    depth = 0
    for j in range(i, len(s)):
        depth += {'(': 1, ')': -1}.get(s[j], 0)
        if depth == 0:
            return j + 1
    return -1


def from_maxima(root):
    """diff(EXPR, v) in Maxima's regression tests, with ^ read as ** and %e^u as exp(u)."""
    tests = os.path.join(root, 'tests')
    for name in sorted(os.listdir(tests)):
        if not (name.startswith('rtest') and name.endswith('.mac')):
            continue
        lines = open(os.path.join(tests, name), encoding='utf-8', errors='replace').read().split('\n')
        for no, line in enumerate(lines, 1):
            for m in re.finditer(r'\bdiff\(', line):
                end = balanced(line, m.end() - 1)
                if end < 0:
                    continue
                inner = line[m.end():end - 1]
                parts = inner.rsplit(',', 1)
                if len(parts) != 2 or parts[1].strip() not in LETTERS:
                    continue
                text = parts[0].replace('^', '**').replace('%e**', 'exp').replace('%e', 'E')
                yield 'maxima/tests/' + name, no, parts[1].strip(), text, {}


def main():
    sympy_dir, maxima_dir = sys.argv[1], sys.argv[2]
    seen = set()
    for source in (from_sympy(sympy_dir), from_maxima(maxima_dir)):
        for path, line, var, text, env in source:
            if text is None or len(text) > 300:
                continue
            try:
                e = eval(text, {'__builtins__': {}}, {**NS, **env})
            except Exception:
                continue
            if not acceptable(e, var):
                continue
            key = (gd_text(e), var)
            if key in seen:
                continue
            seen.add(key)
            print(f'{path}:{line}\t{var}\t{key[0]}')


if __name__ == '__main__':
    main()
