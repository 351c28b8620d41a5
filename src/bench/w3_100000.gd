# W3 at 100000 points (bench/WORKLOADS.md) of y = 2x**3 - 3x**2 + 0.5x + 1, cubic model, lr 0.1, 200 steps.
params p3 p2 p1 p0
xs = linspace(-1, 1, 100000)
loss = sum((p3*x**3 + p2*x**2 + p1*x + p0 - (2*x**3 - 3*x**2 + 0.5*x + 1))**2 for x in xs) / len(xs)
run = train(loss, lr=0.1, steps=200, every=200, chart=false)
