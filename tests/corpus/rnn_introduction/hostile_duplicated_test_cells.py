# Test cells pasted twice (a wrong stable_bce's and a correct forward's): plain nbgrader
# aborts the whole class's run on the duplicate grade id; the grader drops the copies.
# base: solution
# expect: test_stable_bce=0
# %% stable_bce
def stable_bce(z, y):
    z = np.asarray(z, dtype=float)
    return -y * np.log(1 / (1 + np.exp(-z))) - (1 - y) * np.log(1 - 1 / (1 + np.exp(-z)))
# %% duplicate test_stable_bce
# %% duplicate test_forward
