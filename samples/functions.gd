# The functions of a calculus course: each differentiates, simplifies and prints
# (in infix here; latex(e) and the S-expression form work the same way).
params x
notation("infix")
d(exp(x), x)
d(log(x), x)
d(sqrt(x), x)
d(sin(x), x)
d(cos(x), x)
d(tan(x), x)
d(sec(x), x)
d(csc(x), x)
d(cot(x), x)
d(asin(x), x)
d(acos(x), x)
d(atan(x), x)
d(sinh(x), x)
d(cosh(x), x)
d(tanh(x), x)
d(asinh(x), x)
d(acosh(x), x)
d(atanh(x), x)
# logarithms to a base, and the constants pi and e (symbols until val makes them numbers)
d(log(x, 2), x)
d(sin(pi*x), x)
d(e**x, x)
[val(pi), val(e), val(log(8, 2))]
latex(asin(x) + atanh(x)/pi + abs(x) + sigmoid(x))
# the chain rule through them
d(atan(x**2), x)
d(log(cosh(x)), x)
# the piecewise functions of machine learning, with PyTorch's slopes at the kinks
d(abs(x), x)
d(sign(x), x)
d(relu(x), x)
d(heaviside(x), x)
d(sigmoid(x), x)
[val(d(relu(x), x), {x: k}) for k in [-1, 0, 1]]
[val(d(abs(x), x), {x: k}) for k in [-1, 0, 1]]
check(relu(x)*sigmoid(x) + atan(x), {x: 0.5})
