# The parabola again, with 10 points (settings from quadratic.md): more data does not help one
# learning rate. Just below the limit it plods; just above, it overflows; a rate per parameter
# converges.
params a b c
target(x) = 3*x**2 - 2*x + 1
model(x) = a*x**2 + b*x + c
xs = range(10)
ys = [target(x) for x in xs]
loss = sum((model(x) - y)**2 for x, y in zip(xs, ys)) / len(xs)
advise(loss)

run = train(loss, lr=6e-4, steps=1000, chart=false)         # stable, plods: 0.381 after 1,000 steps

params a=0 b=0 c=0
run = train(loss, lr=1e-3, steps=1000, chart=false)         # overflows: caught, explained, restored

params a=0 b=0 c=0
run = train(loss, lr={a: 2e-4, b: 1e-2, c: 0.3}, steps=1000, model=model, target=target, data=zip(xs, ys))
run.loss[1000]                                              # 2.28e-5 in quadratic.md
