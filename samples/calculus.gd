# A first-semester derivative table, then the helpers a calculus course uses.
# Results print in infix, as a teacher writes them; notation("sexpr") goes back.
params x y a
notation("infix")

# the rules
d(x**5, x)                  # power rule
d(x**(-2), x)
d(sqrt(x), x)
d(a*x**2 + 3*x - 7, x)      # a is a constant here: we differentiate by x
d(sin(x)*cos(x), x)         # product rule
d(x/(x**2 + 1), x)          # quotient rule
d(exp(3*x), x)              # chain rule
d(log(x**2 + 1), x)
d(sin(x)**2, x)

# the functions
d(exp(x), x)
d(log(x), x)
d(sin(x), x)
d(cos(x), x)
d(tanh(x), x)
d(tan(x), x)
d(sec(x), x)
d(csc(x), x)
d(cot(x), x)
d(asin(x), x)
d(acos(x), x)
d(atan(x), x)
d(sinh(x), x)
d(cosh(x), x)
d(asinh(x), x)
d(acosh(x), x)
d(atanh(x), x)
d(abs(x), x)                # sign(x): 0 at the kink, as PyTorch takes it
d(relu(x), x)
d(sigmoid(x), x)
d(sin(pi*x), x)             # pi stays symbolic
d(e**x, x)

# higher derivatives: d(e, x, n)
d(x**5, x, 3)
d(sin(x), x, 4)
d(exp(-x), x, 2)
d(x**3*y**2, y, 2)

# several variables: gradient and Hessian over the parameters that occur, or the ones given
f = x**2*y + y**3
gradient(f)
hessian(f)
gradient(f, [y])
jacobian([x*y, x + y, x**2])

# substitution: simultaneous, exact, simplified
subs(f, {x: 2*y})
subs(f, {x: 1, y: 2})

# Taylor polynomials, with exact coefficients
taylor(exp(x), x, 0, 5)
taylor(sin(x), x, 0, 7)
taylor(log(x), x, 1, 4)
taylor(1/(1 - x), x, 0, 4)

# tangent lines
tangent(x**2, x, 3)
tangent(x**3 - 2*x, x, 1)
tangent(exp(x), x, 0)

# == compares expressions as written; same(...) asks whether they are equal as math
d(x**2 + x, x) == 1 + 2*x
same(d(x**2 + x, x), 1 + 2*x)
