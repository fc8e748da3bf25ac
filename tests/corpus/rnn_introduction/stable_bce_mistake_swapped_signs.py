# Mistake: the signs of the softplus arguments are swapped (the loss of the other class).
# The hidden tests of forward pass (the course's stable_bce stands in), but forward's visible
# test checks the loss forward returns through this stable_bce, so forward loses its points too.
# base: solution
# expect: test_stable_bce=0 test_forward=0
# %% stable_bce
def stable_bce(z, y):
    z = np.asarray(z, dtype=float)
    softplus = lambda u: np.log1p(np.exp(-np.abs(u))) + np.maximum(0, u)
    return y * softplus(z) + (1 - y) * softplus(-z)
