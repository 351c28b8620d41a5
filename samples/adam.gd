# Adam fixes the parabola without hand-tuned rates: it scales each parameter's step by a running
# estimate of its gradient's size, so a stiff a and a flat c move at comparable speeds.
params a b c
target(x) = 3*x**2 - 2*x + 1
model(x) = a*x**2 + b*x + c
xs = [0, 5, 10]
loss = sum((model(x) - target(x))**2 for x in xs) / len(xs)

# Plain SGD with one rate, for comparison: 1.49 after 1,000 steps (quadratic.md).
run = train(loss, lr=2.5e-4, steps=1000, chart=false, every=1000)

# Adam, one rate for all, PyTorch's defaults otherwise (beta1 0.9, beta2 0.999, eps 1e-8):
# the loss is near 1e-13 after the same 1,000 steps.
params a=0 b=0 c=0
run = train(loss, optimizer="adam", lr=1, steps=1000, model=model, target=target, data=zip(xs, [target(x) for x in xs]))

# Momentum (heavy ball) with the single stable rate of plain SGD: 0.04, some 35 times better than SGD.
params a=0 b=0 c=0
run = train(loss, optimizer="momentum", lr=2.5e-4, momentum=0.9, steps=1000, chart=false, every=1000)
