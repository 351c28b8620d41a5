# W2 (bench/WORKLOADS.md): N = 1,000 points of y = 3x**2 - 2x + 1 on linspace(-1, 1, N), lr 0.1, 1,000 steps.
params a b c
xs = linspace(-1, 1, 1000)
loss = sum((a*x**2 + b*x + c - (3*x**2 - 2*x + 1))**2 for x in xs) / len(xs)
run = train(loss, lr=0.1, steps=1000, every=1000, chart=false)
