# Mistake: a normal distribution with standard deviation 0.01 instead of the uniform one.
# base: solution
# expect: test_init=0
# %% init
def init(model, D, I, K):
    model.W = np.random.normal(0, 0.01, (I, D))
    model.R = np.random.normal(0, 0.01, (I, I))
    model.V = np.random.normal(0, 0.01, (K, I))


class FullyRecurrentNetwork:
    def __init__(self, D, I, K):
        init(self, D, I, K)
