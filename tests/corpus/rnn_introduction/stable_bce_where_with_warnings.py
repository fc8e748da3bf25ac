# Correct values, chosen by np.where between two branches. numpy evaluates both branches,
# so np.exp overflows and warns on stderr for large |z|; the warnings must cost nothing.
# base: solution
# %% stable_bce
def stable_bce(z, y):
    z = np.asarray(z, dtype=float)
    softplus = lambda u: np.where(u > 0, u + np.log1p(np.exp(-u)), np.log1p(np.exp(u)))
    return y * softplus(-z) + (1 - y) * softplus(z)
