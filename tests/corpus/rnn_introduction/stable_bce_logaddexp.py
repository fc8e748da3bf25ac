# Correct: softplus(u) = log(e^0 + e^u) computed by np.logaddexp, which never overflows.
# base: solution
# %% stable_bce
def stable_bce(z, y):
    return y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z)
