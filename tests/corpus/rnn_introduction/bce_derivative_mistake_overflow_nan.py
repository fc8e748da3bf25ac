# Mistake: sigmoid as e^z / (1 + e^z), which is inf / inf = nan for z > 709.
# base: solution
# expect: test_bce_derivative=0
# %% bce_derivative
def bce_derivative(z, y):
    e = np.exp(np.asarray(z, dtype=float))
    return e / (1 + e) - y
