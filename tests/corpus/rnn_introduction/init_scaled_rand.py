# Correct: np.random.rand on [0, 1) stretched to [-0.01, 0.01); the class stores its sizes too.
# base: solution
# %% init
def init(model, D, I, K):
    model.W = (2 * np.random.rand(I, D) - 1) * 0.01
    model.R = (2 * np.random.rand(I, I) - 1) * 0.01
    model.V = (2 * np.random.rand(K, I) - 1) * 0.01


class FullyRecurrentNetwork:
    def __init__(self, D, I, K):
        self.D, self.I, self.K = D, I, K
        init(self, D, I, K)
