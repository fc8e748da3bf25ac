# Mistake: 1 / (1 + e^{z}), that is sigmoid(-z), a lost minus sign in the exponent.
# base: solution
# expect: test_bce_derivative=0
# %% bce_derivative
def bce_derivative(z, y):
    return 1 / (1 + np.exp(np.asarray(z, dtype=float))) - y
