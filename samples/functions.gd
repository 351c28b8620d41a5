# The functions of a calculus course beyond their derivative table (that is samples/calculus.gd):
# their values, their LaTeX, the chain rule through them and the slopes at the kinks.
params x
notation("infix")
# logarithms to a base, and the constants pi and e (symbols until val makes them numbers)
d(log(x, 2), x)
[val(pi), val(e), val(log(8, 2))]
latex(asin(x) + atanh(x)/pi + abs(x) + sigmoid(x))
# the chain rule through them
d(atan(x**2), x)
d(log(cosh(x)), x)
# the piecewise functions of machine learning, with PyTorch's slopes at the kinks
d(sign(x), x)
d(heaviside(x), x)
[val(d(relu(x), x), {x: k}) for k in [-1, 0, 1]]
[val(d(abs(x), x), {x: k}) for k in [-1, 0, 1]]
check(relu(x)*sigmoid(x) + atan(x), {x: 0.5})
# max, min and where of expressions; comparisons are 1 where they hold, 0 where not
h = max(x, 0)
d(h, x)
[val(d(h, x), {x: k}) for k in [-1, 0, 1]]
d(min(x**2, 1), x)
s = where(x > 0, log(x), 0)
d(s, x)
[val(s, {x: k}) for k in [-1, 2]]
latex(where(x >= 1, x**2, -x))
max(x, x) + min(2, 3)
sexpr("(where (> x 0) x (max x 0))")
simplify(max(x, x) + where(2 > 1, x, -x))
check(max(x**2, x) + where(x < 1, x, 2*x), {x: 0.5})
