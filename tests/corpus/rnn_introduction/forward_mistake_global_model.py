# Mistake: the method reads the global name `model` (set by the visible tests) instead of
# its own network, so it passes the visible tests and computes the wrong network otherwise.
# base: solution
# expect: test_forward=0
# %% forward
def forward(self, x, y):
    self.a = np.zeros((len(x), model.R.shape[0]))
    state = np.zeros(model.R.shape[0])
    for t in range(len(x)):
        state = self.a[t] = np.tanh(model.W @ x[t] + model.R @ state)
    self.z = model.V @ state
    return stable_bce(self.z, y)


FullyRecurrentNetwork.forward = forward
