# Mistake: the textbook formula through the probability sigmoid(z); log(0) gives inf or nan
# from |z| of about 37 upward. Moderate logits are right, so forward keeps its points.
# base: solution
# expect: test_stable_bce=0
# %% stable_bce
def stable_bce(z, y):
    y_hat = 1 / (1 + np.exp(-np.asarray(z, dtype=float)))
    return -y * np.log(y_hat) - (1 - y) * np.log(1 - y_hat)
