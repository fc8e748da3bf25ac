# Mistake: max(0, u) written as (u + |u|) / 2, which overflows to inf for |z| near the largest
# float (1e308) although it is exact at 1000 or 1e6.
# base: solution
# expect: test_stable_bce=0
# %% stable_bce
def stable_bce(z, y):
    z = np.asarray(z, dtype=float)
    softplus = lambda u: np.log1p(np.exp(-np.abs(u))) + (u + np.abs(u)) / 2
    return y * softplus(-z) + (1 - y) * softplus(z)
