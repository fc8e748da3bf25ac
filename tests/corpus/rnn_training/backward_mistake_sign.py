# Mistake: psi = y - sigmoid(z), the gradient of the negative loss.
# The hidden tests of train pass (the course's backward stands in); train's visible test fails
# with this backward, which costs nothing: the hidden tests decide.
# base: solution
# expect: test_backward=0
# %% backward
def backward(self):
    psi = self.y - sigmoid(self.z)
    previous = np.vstack([np.zeros_like(self.a[:1]), self.a[:-1]])
    self.dV = np.outer(psi, self.a[-1])
    self.dW, self.dR = np.zeros_like(self.W), np.zeros_like(self.R)
    error = self.V.T @ psi
    for t in reversed(range(len(self.x))):
        delta = (1 - self.a[t] ** 2) * error
        self.dW += np.outer(delta, self.x[t])
        self.dR += np.outer(delta, previous[t])
        error = self.R.T @ delta


FullyRecurrentNetwork.backward = backward
