# A gallery of derivatives: each rule of differentiation, with the tidy answer gd gives.
# Hand it out, or run it: ./gd samples/derivatives.gd
params x y a n

"Sum rule: d(u + v) = du + dv"
d(x**3 + x**2 + x + 1, x)

"Difference and constant multiple"
d(5*x**2 - 3*x, x)

"Product rule: d(u v) = u dv + v du"
d(x**2 * sin(x), x)

"Quotient rule: d(u / v) = (v du - u dv) / v**2"
d(sin(x) / x, x)
d((x + 1) / (x - 1), x)

"Power rule with a constant exponent: d(u**n) = n u**(n-1) du"
d(x**10, x)
d(x**3 / 3, x)
d(x**2 / 3, x)
d(sqrt(x), x)
d(1 / x, x)

"Chain rule: d(f(u)) = f'(u) du"
d(sin(x**2), x)
d(exp(2*x), x)
d(log(x**2 + 1), x)
d(cos(3*x), x)
d(tanh(x), x)
d(sqrt(x**2 + y**2), x)

"Symbolic exponents: d(u**v) = u**v (dv log(u) + v du / u)"
d(a**x, x)
d(x**x, x)
d(x**n, x)

"Partial derivatives: the other symbols are constants"
d(x**2 * y + y**3, x)
d(x**2 * y + y**3, y)

"Second derivatives, by nesting d"
d(d(x**4, x), x)
d(d(sin(x) * x, x), x)
d(d(x**2 * y**3, x), y)
