# Mistake: the sign of the whole derivative, y - sigmoid(z).
# base: solution
# expect: test_bce_derivative=0
# %% bce_derivative
def bce_derivative(z, y):
    return y - 1 / (1 + np.exp(-np.asarray(z, dtype=float)))
