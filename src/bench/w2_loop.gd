# W2 (bench/WORKLOADS.md) as a hand-written loop: grad, then p -= lr*g for each parameter, 1,000 steps (against w2.gd's train).
params a b c
xs = linspace(-1, 1, 1000)
loss = sum((a*x**2 + b*x + c - (3*x**2 - 2*x + 1))**2 for x in xs) / len(xs)
for step in range(1000):
    g = grad(loss)
    a -= 0.1 * g[a]
    b -= 0.1 * g[b]
    c -= 0.1 * g[c]
print(f"1000 steps: loss {val(loss)}, a {val(a)}, b {val(b)}, c {val(c)}")
