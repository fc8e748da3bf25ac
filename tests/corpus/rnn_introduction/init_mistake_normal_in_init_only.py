# Mistake: init draws from a normal distribution; the constructor does not call it and draws
# its own (right) uniform weights, so only init called directly shows the mistake.
# base: solution
# expect: test_init=0
# %% init
def init(model, D, I, K):
    model.W = np.random.normal(0, 0.01, size=(I, D))
    model.R = np.random.normal(0, 0.01, size=(I, I))
    model.V = np.random.normal(0, 0.01, size=(K, I))


class FullyRecurrentNetwork:
    def __init__(self, D, I, K):
        self.W = np.random.uniform(-0.01, 0.01, size=(I, D))
        self.R = np.random.uniform(-0.01, 0.01, size=(I, I))
        self.V = np.random.uniform(-0.01, 0.01, size=(K, I))
