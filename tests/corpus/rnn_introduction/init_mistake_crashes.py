# Mistake: init uses np.random.default_rng without calling it, so it raises and no network
# can be built.
# The hidden tests of forward pass (they build networks with the course's init); forward's
# visible test fails with this init, which costs nothing: the hidden tests decide.
# base: solution
# expect: test_init=0
# %% init
def init(model, D, I, K):
    rng = np.random.default_rng
    model.W = rng.uniform(-0.01, 0.01, size=(I, D))
    model.R = rng.uniform(-0.01, 0.01, size=(I, I))
    model.V = rng.uniform(-0.01, 0.01, size=(K, I))


class FullyRecurrentNetwork:
    def __init__(self, D, I, K):
        init(self, D, I, K)
