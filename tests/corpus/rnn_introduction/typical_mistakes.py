# A believable student: the loss through the probability (overflows at large |z|), a normal
# initialization, and a forward pass whose logit comes from the first step. The derivative
# and the graph are right.
# base: solution
# expect: test_stable_bce=0 test_init=0 test_forward=0
# %% stable_bce
def stable_bce(z, y):
    p = 1 / (1 + np.exp(-z))
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))
# %% init
def init(model, D, I, K):
    model.W = np.random.randn(I, D) * 0.01
    model.R = np.random.randn(I, I) * 0.01
    model.V = np.random.randn(K, I) * 0.01


class FullyRecurrentNetwork:
    def __init__(self, D, I, K):
        init(self, D, I, K)
# %% forward
def forward(model, x, y):
    T = x.shape[0]
    model.a = np.zeros((T, model.W.shape[0]))
    a_prev = np.zeros(model.W.shape[0])
    for t in range(T):
        model.a[t] = np.tanh(model.W.dot(x[t]) + model.R.dot(a_prev))
        a_prev = model.a[t]
    model.z = model.V.dot(model.a[0])
    return stable_bce(model.z, y)


FullyRecurrentNetwork.forward = forward
