# Mistake: Python's max and the math module, so the function fails on arrays.
# The hidden tests of forward pass (the course's stable_bce stands in); forward's visible test
# fails on this stable_bce, which costs nothing: the hidden tests decide.
# base: solution
# expect: test_stable_bce=0
# %% stable_bce
import math


def stable_bce(z, y):
    softplus = lambda u: math.log1p(math.exp(-abs(u))) + max(0, u)
    return y * softplus(-z) + (1 - y) * softplus(z)
