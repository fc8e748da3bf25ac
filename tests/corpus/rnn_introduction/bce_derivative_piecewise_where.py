# Correct: the two textbook forms of the sigmoid, each used where it cannot overflow, picked
# with np.where and a guarded exponent (no warnings).
# base: solution
# %% bce_derivative
def bce_derivative(z, y):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    sigmoid = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return sigmoid - y
