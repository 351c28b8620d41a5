# A worksheet a teacher hands out: worked examples, then exercises that check themselves.
# Every result prints in infix; each assert stops the script, with both sides, if an answer is wrong.
notation("infix")
params x y a

# --- Worked example: the product rule
explain(x**2*sin(x), x)
assert same(d(x**2*sin(x), x), 2*x*sin(x) + x**2*cos(x))

# --- Worked example: the chain rule, twice
explain(exp(sin(a*x)), x)

# --- Exercises (the answers a student wrote)
assert same(d(x**3/3, x), x**2)
assert same(d(log(x**2 + 1), x), 2*x/(x**2 + 1))
assert same(d(tanh(x), x), 1 - tanh(x)**2)
assert same(d(x**y, y), log(x)*x**y)
assert same(d(d(x**4, x), x), 12*x**2)

# --- A gradient check of a two-variable function
# The two partial derivatives (a handout made with gd --to html shows them as math), then a check
# that the symbolic derivative, reverse mode and finite differences agree.
f = (x - 2*y)**2 + sin(x*y)
d(f, x)
d(f, y)
check(f, {x: 0.5, y: -1})
latex(d(f, x))

# --- A picture: a function and its derivative
# Where the derivative crosses zero, the function has a peak or a valley.
plot([x**3/3 - x, d(x**3/3 - x, x)], x, -2, 2)
