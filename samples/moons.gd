# micrograd's demo.ipynb in gd: a 2-16-16-1 MLP (ReLU hidden layers, linear output) on 100 moons
# points, the notebook's data and starting weights (moons.csv, moons_init.csv), its SVM loss and
# its loop. Neuron, Layer and MLP are micrograd's nn.py, in nn.gd.

use("nn.gd")

data = load("moons.csv")
sizes = [2, 16, 16, 1]
init = load("moons_init.csv")           # rows: layer, neuron, input, weight
weights = [[[row[3] for row in init if row[0] == k and row[1] == i] for i in range(sizes[k + 1])] for k in range(len(sizes) - 1)]
model = MLP(sizes, weights)
ps = parameters(model)
print(f"{len(ps)} parameters")

# the loss, built once: the hinge per point, their mean, and L2 regularization
scores = [mlp(model, [x1, x2]) for x1, x2, y in data]
losses = [relu(1 + -row[2]*s) for row, s in zip(data, scores)]
total = sum(losses) * (1.0 / len(losses)) + 1e-4 * sum(p*p for p in ps)
# the share of points on the right side: (y > 0) == (score > 0), as one expression (heaviside(0) is 0)
accuracy = sum(heaviside(s) if row[2] > 0 else 1 - heaviside(s) for row, s in zip(data, scores)) / len(data)

for k in range(100):
    g = grad(total)
    print(f"step {k} loss {val(total)}, accuracy {val(accuracy) * 100:.1f}%")
    lr = 1.0 - 0.9*k/100
    for p in ps:
        set(p, val(p) - lr * g[p])

# the decision boundary, as the notebook's figure draws it: where the trained network's score is
# above 0, and the points by label (to="boundary.png" writes it as a picture)
params u v
boundary(mlp(model, [u, v]), u, v, data)
