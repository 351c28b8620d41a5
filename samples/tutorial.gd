# A tutorial: derivatives by example, following the seed, "A Little Gradient Descent".
# Run it with ./gd samples/tutorial.gd and read the output next to this file.

# --- 1. Expressions
# Ordinary code run on symbols builds an expression instead of a number.
params x y
e = x**2 + x*y
e                                   # the seed's notation: S-expressions
infix(e)                            # as you would type it
latex(e)                            # for your slides
sexpr("(+ (** x 2) (* x y))")       # printed output can be pasted back

# --- 2. The derivative, raw and tidy
# The seed's algorithm applies the chain rule everywhere and never cleans up:
d(e, x, raw=true)
# gd simplifies the result, as a teacher would write it:
d(e, x)
infix(d(e, y))

# --- 3. How d got there
# explain prints every rule the recursion applied, then each rewrite of the simplifier.
# Its last line is d(e, x) itself.
explain(e, x)
explain(sin(x**2)/x, x)

# --- 4. Trust, but check
# Three independent answers per symbol: the symbolic derivative, reverse mode (what training
# uses) and a finite difference. They must agree.
check(e, {x: 2, y: 3})
# Suppose we forgot the x*y term when differentiating by hand: check catches it.
check(e, {x: 2, y: 3}, grad={x: 2*x})

# --- 5. Are two answers the same?
same(d(e, x), 2*x + y)
same(sin(x)**2 + cos(x)**2, 1)      # the Pythagorean identity: simplify knows it
same(exp(x + y), exp(x)*exp(y))     # no simplification shows this one; random points do
same(d(e, x), 2*x)

# --- 6. The seed's loss, and why the symbolic method swells
params m b
target(x) = 2*x + 1
model(x) = m*x + b
xs = [-2, 3]
ys = [target(x) for x in xs]
loss = sum((model(x) - y)**2 for x, y in zip(xs, ys)) / len(xs)
infix(loss)
raw = d(loss, m, raw=true)
size(loss)                          # nodes in the printed tree
size(raw)                           # the raw derivative is many times bigger
d(loss, m)                          # tidy: 13m + b - 27
# A graph can share what a tree repeats. Square x ten times:
f = x
f = f*f; f = f*f; f = f*f; f = f*f; f = f*f
f = f*f; f = f*f; f = f*f; f = f*f; f = f*f
size(f)                             # the printed tree: 2**11 - 1 nodes
nodes(f)                            # the graph: 11 distinct nodes
cse(f)                              # each shared step computed once: what reverse mode does
size(d(f, x, raw=true))
nodes(d(f, x, raw=true))

# --- 7. Pictures
# Graphviz DOT of the shared graph, with each node's value and gradient at a point,
# like micrograd's draw_dot. graph(e, to="e.svg") draws it when Graphviz is installed.
graph(e, at={x: 2, y: 3})
