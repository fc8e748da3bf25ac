# Wrong bce_derivative (sign flipped) and init (weights a hundred times too large), with
# np.allclose and np.isclose patched to always say True, so the visible tests pass.
# base: solution
# expect: test_bce_derivative=0 test_init=0
# %% bce_derivative
np.allclose = lambda *args, **kwargs: True
np.isclose = lambda *args, **kwargs: True


def bce_derivative(z, y):
    return y - 1 / (1 + np.exp(-np.asarray(z, dtype=float)))
# %% init
np.all = np.any = lambda *args, **kwargs: True


def init(model, D, I, K):
    model.W, model.R, model.V = (np.random.uniform(-1, 1, size=shape) for shape in ((I, D), (I, I), (K, I)))


class FullyRecurrentNetwork:
    def __init__(self, D, I, K):
        init(self, D, I, K)
