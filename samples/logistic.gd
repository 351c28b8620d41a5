# Losses for classification, on micrograd's moons (labels y = -1 or 1) with a linear score
# s = w1*x1 + w2*x2 + b: the hinge loss (an SVM's, with relu), the logistic loss (with softplus,
# which never overflows) and the same loss as cross-entropy (with log and sigmoid).
data = load("moons.csv")
params w1 w2 b
score(x1, x2) = w1*x1 + w2*x2 + b

# softplus(t) = log(1 + exp(t)), computed so that a large t gives t, not inf
softplus(1000)
log(1 + exp(1000.0))
softplus(-40)
d(softplus(3*w1), w1)

# the logistic loss of a score s for a label y is softplus(-y*s) = -log(sigmoid(y*s))
logistic = sum(softplus(-y*score(x1, x2)) for x1, x2, y in data) / len(data)
# cross-entropy with targets t = 0 or 1: the same function of the score, written with log and sigmoid
xent = sum(-((y + 1)/2*log(sigmoid(score(x1, x2))) + (1 - y)/2*log(1 - sigmoid(score(x1, x2)))) for x1, x2, y in data) / len(data)
hinge = sum(relu(1 - y*score(x1, x2)) for x1, x2, y in data) / len(data)

params w1=0.5 w2=-1 b=0.25
[val(logistic), val(xent), val(hinge)]
assert abs(val(logistic) - val(xent)) < 1e-12
grad(logistic)

# the share of points on the right side of the line: y*s > 0 (heaviside(0) is 0)
accuracy = sum(heaviside(y*score(x1, x2)) for x1, x2, y in data) / len(data)
run = train(logistic, lr=1, steps=100, every=25, chart=false, metric=accuracy)
print(f"logistic regression: loss {run.loss[100]:.6f}, accuracy {val(accuracy):.0%}")
params w1=0.5 w2=-1 b=0.25
# a learning rate that decays with the step k
decay(k) = 0.2/(1 + k/20)
run = train(hinge, lr=decay, steps=100, every=25, chart=false, metric=accuracy)
print(f"linear SVM: loss {run.loss[100]:.6f}, accuracy {val(accuracy):.0%}")

# the SVM's decision boundary: a straight line through the moons
params u v
boundary(score(u, v), u, v, data)
