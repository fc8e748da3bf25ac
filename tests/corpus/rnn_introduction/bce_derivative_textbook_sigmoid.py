# Correct: sigmoid as 1 / (1 + e^{-z}); np.exp overflows and warns for z < -709, but the
# result (1 / inf = 0) is right.
# base: solution
# %% bce_derivative
def bce_derivative(z, y):
    return 1 / (1 + np.exp(-np.asarray(z, dtype=float))) - y
