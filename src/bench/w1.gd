# W1 (bench/WORKLOADS.md): the seed's line, lr 0.1, 20 steps.
params m b
xs = [-2, 3]
ys = [2*x + 1 for x in xs]
loss = sum((m*x + b - y)**2 for x, y in zip(xs, ys)) / len(xs)
run = train(loss, lr=0.1, steps=20, every=20, chart=false)
