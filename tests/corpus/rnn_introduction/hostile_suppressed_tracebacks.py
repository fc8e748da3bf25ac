# A wrong stable_bce (overflows) and bce_derivative (sign flipped), with sys.excepthook and
# IPython's showtraceback replaced so that failing visible tests print nothing.
# base: solution
# expect: test_stable_bce=0 test_bce_derivative=0
# %% stable_bce
import sys

sys.excepthook = lambda *args: None
get_ipython().showtraceback = lambda *args, **kwargs: None
get_ipython()._showtraceback = lambda *args, **kwargs: None


def stable_bce(z, y):
    z = np.asarray(z, dtype=float)
    return -y * np.log(1 / (1 + np.exp(-z))) - (1 - y) * np.log(1 - 1 / (1 + np.exp(-z)))
# %% bce_derivative
def bce_derivative(z, y):
    return y - 1 / (1 + np.exp(-np.asarray(z, dtype=float)))
