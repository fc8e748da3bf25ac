# Mistake: W and V transposed, (D, I) and (I, K), as if the network multiplied row vectors.
# forward's tests set their own W, R, V, so forward keeps its points.
# base: solution
# expect: test_init=0
# %% init
def init(model, D, I, K):
    model.W = np.random.uniform(-0.01, 0.01, (D, I))
    model.R = np.random.uniform(-0.01, 0.01, (I, I))
    model.V = np.random.uniform(-0.01, 0.01, (I, K))


class FullyRecurrentNetwork:
    def __init__(self, D, I, K):
        init(self, D, I, K)
