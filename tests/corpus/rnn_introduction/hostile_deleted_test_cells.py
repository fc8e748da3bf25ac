# A wrong stable_bce (naive formula, overflows) with its test cell deleted, and a correct
# init with its test cell deleted. nbgrader puts both test cells back; the hidden tests
# decide, so the deleted cell of a correct function still earns its points.
# base: solution
# expect: test_stable_bce=0
# %% stable_bce
def stable_bce(z, y):
    z = np.asarray(z, dtype=float)
    return -y * np.log(1 / (1 + np.exp(-z))) - (1 - y) * np.log(1 - 1 / (1 + np.exp(-z)))
# %% delete test_stable_bce
# %% delete test_init
