# The seed's training loop, written by hand as the seed writes it in Python.
params m b
target(x) = 2*x + 1
def model(x):
    return m*x + b

train_xs = [-2, 3]
train_ys = [target(x) for x in train_xs]
predictions = [model(x) for x in train_xs]
loss = sum((p - y)**2 for p, y in zip(predictions, train_ys)) / len(train_xs)

dloss_dm = d(loss, "m", raw=true)       # the seed's unsimplified derivatives
dloss_db = d(loss, "b", raw=true)
param_vals = {"m": 0, "b": 0}

# Learning rate and number of training iterations ("hyperparameters").
lr = 0.1
n_iter = 20

for step in range(n_iter):
    grad_m = val(dloss_dm, param_vals)
    grad_b = val(dloss_db, param_vals)

    param_vals["m"] -= lr * grad_m
    param_vals["b"] -= lr * grad_b
    if step % 5 == 0:
        print(f"step {step:>2}: loss {val(loss, param_vals):.6g}")

param_vals                              # the seed's m and b: 2.0010576248168945, 0.9882707595825195

# The same loop with the parameters themselves: assigning a number to m sets its value,
# which val (with no dict), train and :vars see.
for _ in range(n_iter):
    grad_m = val(dloss_dm)
    grad_b = val(dloss_db)
    m -= lr * grad_m
    b -= lr * grad_b
[val(m), val(b)]
val(m*3 + b, {})                        # a dict that does not name m or b: their current values
