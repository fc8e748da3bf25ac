# Mistake: softplus(u) = log(1 + e^u) written literally, so e^u overflows to inf for u > 709.
# base: solution
# expect: test_stable_bce=0
# %% stable_bce
def stable_bce(z, y):
    softplus = lambda u: np.log1p(np.exp(u))
    return y * softplus(-z) + (1 - y) * softplus(z)
