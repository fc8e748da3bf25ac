# Mistake: np.random.rand scaled to [0, 0.01), so every weight is positive.
# base: solution
# expect: test_init=0
# %% init
def init(model, D, I, K):
    model.W = 0.01 * np.random.rand(I, D)
    model.R = 0.01 * np.random.rand(I, I)
    model.V = 0.01 * np.random.rand(K, I)


class FullyRecurrentNetwork:
    def __init__(self, D, I, K):
        init(self, D, I, K)
