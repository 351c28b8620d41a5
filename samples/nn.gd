# micrograd's nn.py in gd: Neuron, Layer and MLP, each a dict (or list) of its parameters, made
# with param and named for their place (l1[3]w[0], l1[3]b); neuron(n, x), layer(l, x) and
# mlp(m, x) run them on an input list, as micrograd's __call__ does. A script brings them in with
# use("nn.gd"); samples/moons.gd trains one.

def Neuron(name, ws, nonlin):
    return {"w": param(f"{name}w", ws), "b": param(f"{name}b", 0), "nonlin": nonlin}

def neuron(n, x):
    act = sum([wi*xi for wi, xi in zip(n["w"], x)], start=n["b"])
    return relu(act) if n["nonlin"] else act

def Layer(name, wss, nonlin):
    return [Neuron(f"{name}[{i}]", ws, nonlin) for i, ws in zip(range(len(wss)), wss)]

def layer(l, x):
    out = [neuron(n, x) for n in l]
    return out[0] if len(out) == 1 else out

# sizes: [inputs, hidden..., outputs]; weights: a matrix per layer (a row of weights per neuron)
def MLP(sizes, weights):
    return [Layer(f"l{k + 1}", weights[k], k != len(sizes) - 2) for k in range(len(sizes) - 1)]

def mlp(m, x):
    for l in m:
        x = layer(l, x)
    return x

def parameters(m):
    return [p for l in m for n in l for p in n["w"] + [n["b"]]]

# micrograd's starting weights, uniform in [-1, 1), from a seed (not Python's generator: other numbers)
def uniform_weights(sizes, seed):
    return [random([sizes[k + 1], sizes[k]], lo=-1, hi=1, seed=seed + k) for k in range(len(sizes) - 1)]

# losses for classification: the logistic loss of a score s for a label y = ±1 is softplus(-y*s);
# over k classes, the cross-entropy of the scores for the right class c is
# logsumexp(scores) - scores[c], the log-sum-exp shifted by the largest score so exp never overflows
def logsumexp(xs):
    m = max(xs)
    return m + log(sum(exp(x - m) for x in xs))

cross_entropy(scores, c) = logsumexp(scores) - scores[c]
