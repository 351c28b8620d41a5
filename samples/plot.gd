# Pictures in the terminal: functions, data points and loss histories.
params x

# One function over a range: plot(e, x, from, to).
plot(sin(x), x, -3, 3)

# A function and its derivative, told apart by the legend.
f = x**3/3 - x
plot([f, d(f, x)], x, -2, 2)

# Other symbols take their parameters' current values.
params m=2 b=-1
plot(m*x + b, x, -1, 2)

# Data points: plot(xs, ys).
xs = [-2, -1, 0, 1, 2, 3]
plot(xs, [x**2 for x in xs])

# A loss history that spans decades is drawn on a log scale.
plot([50 * 0.7**k for k in range(40)])

# Where a function is undefined the line has a gap.
plot(log(x), x, -1, 3)
