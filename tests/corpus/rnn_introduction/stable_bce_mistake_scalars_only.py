# Mistake: Python's max and the math module, so the function fails on arrays. The hidden tests
# of forward pass (the course's stable_bce stands in), but forward's visible test passes this
# stable_bce a logit of shape (1,), which math rejects under numpy 2, so forward loses its points too.
# base: solution
# expect: test_stable_bce=0 test_forward=0
# %% stable_bce
import math


def stable_bce(z, y):
    softplus = lambda u: math.log1p(math.exp(-abs(u))) + max(0, u)
    return y * softplus(-z) + (1 - y) * softplus(z)
