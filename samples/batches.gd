# Gradient descent "for real": mini-batches and epochs, as with PyTorch's DataLoader. The data
# are 40 noisy points near y = 1.5x - 0.5 (samples/noisy.csv, found beside this script). Each
# epoch shuffles the rows (seeded: the same run every time) and walks them in batches of 8;
# the loss function builds the loss of one batch, so the loss being minimized changes every step.
params w b
model(x) = w*x + b
rows = load("noisy.csv")
len(rows)
rows[0]

batch_loss(batch) = sum((model(x) - y)**2 for x, y in batch) / len(batch)
run = train(batch_loss, data=rows, batch=8, epochs=20, shuffle=true, seed=1, lr=0.1, model=model)
run.steps                           # 20 epochs of 5 batches
val(w)
val(b)

# A last batch that is not full is kept (DataLoader's drop_last=False): 40 rows in batches of 16
# make 3 batches per epoch, 16 + 16 + 8.
params w=0 b=0
run = train(batch_loss, data=rows, batch=16, epochs=5, seed=1, lr=0.1, chart=false)
run.steps

# The same written by hand, as a PyTorch loop over a DataLoader: batches(rows, 8, shuffle=true,
# seed=epoch) is one epoch's batches. Every batch's loss has the same graph (a sum over that
# batch's rows), so grad compiles it once and runs it over each batch's rows.
params w=0 b=0
for epoch in range(20):
    for batch in batches(rows, 8, shuffle=true, seed=epoch):
        g = grad(batch_loss(batch))
        w -= 0.1 * g[w]
        b -= 0.1 * g[b]
[val(w), val(b)]
