# When the learning rate is too large, training stops, puts the parameters back to the last
# step with a finite loss, and says which parameter's updates blew up and why, from the
# loss's curvature: gradient descent on p is stable only while lr < 2 / (d²loss/dp²).
params m b
model(x) = m*x + b
xs = [-2, 3]
ys = [2*x + 1 for x in xs]
loss = sum((model(x) - y)**2 for x, y in zip(xs, ys)) / len(xs)

advise(loss)                                   # m: stable while lr < 2/13 = 0.154
run = train(loss, lr=0.5, steps=100, every=5)  # 0.5 is far above m's limit
run.diverged
val(m)                                         # restored: the last finite step's value, not inf

# The advice works: lr 0.1 is below both limits.
params m=0 b=0
run = train(loss, lr=0.1, steps=100, chart=false)
