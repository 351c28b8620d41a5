# The seed, "A Little Gradient Descent", as a gd script: every output it prints, in order.
# Where the seed prints an unsimplified derivative, we print it raw (character for character)
# and then tidy, as a teacher would write it.

# --- Differentiation
params x y
e = x**2 + x*y
e                                   # the seed: (+ (** x 2) (* x y))

d(e, x, raw=true)                   # the seed's de_dx
d(e, x)                             # tidy
d(e, y, raw=true)                   # the seed's de_dy
d(e, y)                             # tidy

env = {x: 2, y: 3}
val(e, env)                         # 10
val(d(e, x), env)                   # 7
val(d(e, y), env)                   # 2

# --- Back to optimization: a model learns a line
params m b
target(x) = 2*x + 1
model(x) = m*x + b
train_xs = [-2, 3]
train_ys = [target(x) for x in train_xs]
predictions = [model(x) for x in train_xs]
loss = sum((p - y)**2 for p, y in zip(predictions, train_ys)) / len(train_xs)
loss                                # the seed prints the loss as an expression

d(loss, m, raw=true)                # the seed's dloss_dm
d(loss, m)                          # tidy: 13m + b - 27
d(loss, b, raw=true)                # the seed's dloss_db
d(loss, b)                          # tidy: m + 2b - 4
