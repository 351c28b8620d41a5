# The seed's "few more experiments": fitting a parabola to 3 points (settings from quadratic.md).
# One learning rate for all three parameters either plods (a is fitted, c crawls) or overflows;
# a rate per parameter, tailored to how sensitive the loss is to each, converges.
params a b c
target(x) = 3*x**2 - 2*x + 1
model(x) = a*x**2 + b*x + c
xs = [0, 5, 10]
loss = sum((model(x) - target(x))**2 for x in xs) / len(xs)

# Why: the loss is ~3,500 times more curved in a than in c.
advise(loss)

# A single rate just below the limit: stable, but after 1,000 steps the loss is still above 1.
run = train(loss, lr=2.5e-4, steps=1000, chart=false)

# Just above the limit (3e-4 > 2/λmax = 2.79e-4): a oscillates with growing amplitude.
params a=0 b=0 c=0
run = train(loss, lr=3e-4, steps=1000, chart=false)

# The seed's fix: one rate per parameter.
params a=0 b=0 c=0
run = train(loss, lr={a: 1e-4, b: 5e-3, c: 0.2}, steps=1000, model=model, target=target, data=zip(xs, [target(x) for x in xs]))
run.loss[10]                        # 173.99 in quadratic.md: the loss first goes up and sideways
run.loss[1000]                      # 3.62e-6 in quadratic.md
