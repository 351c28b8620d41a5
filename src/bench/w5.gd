# W5 (bench/WORKLOADS.md): e = x, then 30 times e = e * e (31 nodes standing for 2^31 - 1); its tidy derivative.
params x
e = x
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
e = e * e
d(e, x)
