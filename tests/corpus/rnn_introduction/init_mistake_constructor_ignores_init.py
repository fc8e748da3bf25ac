# Mistake: a right init, but the constructor draws its own (also right) uniform weights instead
# of calling it, so a change to init would not reach the networks the class builds.
# base: solution
# expect: test_init=0
# %% init
def init(model, D, I, K):
    model.W = np.random.uniform(-0.01, 0.01, size=(I, D))
    model.R = np.random.uniform(-0.01, 0.01, size=(I, I))
    model.V = np.random.uniform(-0.01, 0.01, size=(K, I))


class FullyRecurrentNetwork:
    def __init__(self, D, I, K):
        self.W = np.random.uniform(-0.01, 0.01, size=(I, D))
        self.R = np.random.uniform(-0.01, 0.01, size=(I, I))
        self.V = np.random.uniform(-0.01, 0.01, size=(K, I))
