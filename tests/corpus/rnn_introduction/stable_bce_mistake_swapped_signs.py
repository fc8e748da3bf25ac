# Mistake: the signs of the softplus arguments are swapped (the loss of the other class).
# The hidden tests of forward pass (the course's stable_bce stands in); forward's visible
# test fails on the loss this stable_bce gives, which costs nothing: the hidden tests decide.
# base: solution
# expect: test_stable_bce=0
# %% stable_bce
def stable_bce(z, y):
    z = np.asarray(z, dtype=float)
    softplus = lambda u: np.log1p(np.exp(-np.abs(u))) + np.maximum(0, u)
    return y * softplus(z) + (1 - y) * softplus(-z)
