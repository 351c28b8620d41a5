# micrograd's demo.ipynb in gd: a 2-16-16-1 MLP (ReLU hidden layers, linear output) on 100 moons
# points, the notebook's data and starting weights (moons.csv, moons_init.csv), its SVM loss and
# its loop. Neuron, Layer and MLP are micrograd's nn.py: each a dict of its parameters.

def Neuron(ws, name, nonlin):
    return {"w": [param(f"{name}w[{i}]", w) for i, w in zip(range(len(ws)), ws)], "b": param(f"{name}b", 0), "nonlin": nonlin}

def neuron(n, x):
    act = sum([wi*xi for wi, xi in zip(n["w"], x)], start=n["b"])
    return relu(act) if n["nonlin"] else act

def Layer(wss, name, nonlin):
    return [Neuron(ws, f"{name}[{i}]", nonlin) for i, ws in zip(range(len(wss)), wss)]

def layer(l, x):
    out = [neuron(n, x) for n in l]
    return out[0] if len(out) == 1 else out

def MLP(init, sizes):
    layers = []
    for k in range(len(sizes) - 1):
        wss = [[row[3] for row in init if row[0] == k and row[1] == i] for i in range(sizes[k + 1])]
        layers.append(Layer(wss, f"l{k + 1}", k != len(sizes) - 2))
    return layers

def mlp(m, x):
    for l in m:
        x = layer(l, x)
    return x

def parameters(m):
    ps = []
    for l in m:
        for n in l:
            ps = ps + n["w"] + [n["b"]]
    return ps

data = load("moons.csv")
model = MLP(load("moons_init.csv"), [2, 16, 16, 1])
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
