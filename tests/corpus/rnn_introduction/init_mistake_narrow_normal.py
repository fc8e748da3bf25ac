# Mistake: np.random.randn scaled by 0.001; a normal draw that stays inside [-0.01, 0.01]
# (so only the statistics of the hidden tests can tell it from a uniform one).
# base: solution
# expect: test_init=0
# %% init
def init(model, D, I, K):
    model.W = 0.001 * np.random.randn(I, D)
    model.R = 0.001 * np.random.randn(I, I)
    model.V = 0.001 * np.random.randn(K, I)


class FullyRecurrentNetwork:
    def __init__(self, D, I, K):
        init(self, D, I, K)
