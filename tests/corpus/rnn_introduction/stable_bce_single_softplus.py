# Correct: the one-softplus form max(z, 0) - z y + log(1 + e^{-|z|}), as deep learning
# libraries write it, with np.log instead of np.log1p (its tiny rounding error is harmless).
# base: solution
# %% stable_bce
def stable_bce(z, y):
    z = np.asarray(z, dtype=float)
    return np.maximum(z, 0) - z * y + np.log(1 + np.exp(-np.abs(z)))
