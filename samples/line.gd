# The seed's first experiment: a model learns the line y = 2x + 1 from two points, by gradient
# descent on the mean squared error, 20 steps at learning rate 0.1. The trajectory is the seed's,
# bit for bit (see run.history); the loss curve and the fit are drawn after training.
params m b
target(x) = 2*x + 1
model(x) = m*x + b
xs = [-2, 3]
ys = [target(x) for x in xs]
loss = sum((model(x) - y)**2 for x, y in zip(xs, ys)) / len(xs)

grad(loss)                          # at m = b = 0: 13m + b - 27 and m + 2b - 4
advise(loss)
run = train(loss, lr=0.1, steps=20, every=1, model=model, target=target, data=zip(xs, ys))
run
val(m)                              # the trained slope, 2.0010576248168945 as in the seed
val(b)
run.loss[20]
