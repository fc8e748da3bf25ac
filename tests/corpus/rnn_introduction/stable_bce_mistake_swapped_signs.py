# Mistake: the signs of the softplus arguments are swapped (the loss of the other class).
# forward returns stable_bce of its logit, so it loses its points as well.
# base: solution
# expect: test_stable_bce=0
# %% stable_bce
def stable_bce(z, y):
    z = np.asarray(z, dtype=float)
    softplus = lambda u: np.log1p(np.exp(-np.abs(u))) + np.maximum(0, u)
    return y * softplus(z) + (1 - y) * softplus(-z)
