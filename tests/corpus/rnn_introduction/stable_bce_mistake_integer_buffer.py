# Mistake: the result is collected in np.zeros_like(z), an integer array when the logits are
# integers, so stable_bce(np.array([2]), 0) truncates 2.127 to 2. Right for float logits.
# base: solution
# expect: test_stable_bce=0
# %% stable_bce
def stable_bce(z, y):
    z = np.asarray(z)
    loss = np.zeros_like(z)
    loss[...] = y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z)
    return loss
