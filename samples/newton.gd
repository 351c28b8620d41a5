# Newton's method for sqrt(2): x <- x - f(x)/f'(x), with f' from d, until the step is tiny.
params x
f = x**2 - 2
df = d(f, x)
df

def newton(f, df, start, tolerance):
    guess = start
    for i in range(50):
        step = val(f, {x: guess}) / val(df, {x: guess})
        guess -= step
        print(f"step {i + 1}: x = {guess:.17g}")
        if abs(step) < tolerance:
            return guess
    return guess

root = newton(f, df, 1, 1e-12)
root
sqrt(2)
abs(root - sqrt(2)) < 1e-15

# A while loop, stopping on the same tolerance, and a conditional expression.
guess = 3
steps = 0
while abs(val(f, {x: guess})) > 1e-12:
    guess = guess - val(f, {x: guess}) / val(df, {x: guess})
    steps += 1
print("while:", guess, "after", steps, "steps" if steps != 1 else "step")
