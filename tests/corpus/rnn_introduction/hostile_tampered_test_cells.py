# A wrong stable_bce (the naive formula, which overflows for large logits) whose test cell
# is rewritten to print a success message; a correct forward whose test cell is emptied.
# nbgrader restores both test cells from the gradebook; the hidden tests decide.
# base: solution
# expect: test_stable_bce=0
# %% stable_bce
def stable_bce(z, y):
    z = np.asarray(z, dtype=float)
    return -y * np.log(1 / (1 + np.exp(-z))) - (1 - y) * np.log(1 - 1 / (1 + np.exp(-z)))
# %% test_stable_bce
print("stable_bce passed the visible tests.")
# %% test_forward
pass
