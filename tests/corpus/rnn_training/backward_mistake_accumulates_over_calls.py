# Mistake: adds to the gradients of earlier calls instead of starting from zero each time.
# base: solution
# expect: test_backward=0
# %% backward
def backward(self):
    if not hasattr(self, "dW"):
        self.dW, self.dR, self.dV = np.zeros_like(self.W), np.zeros_like(self.R), np.zeros_like(self.V)
    psi = sigmoid(self.z) - self.y
    previous = np.vstack([np.zeros_like(self.a[:1]), self.a[:-1]])
    self.dV += np.outer(psi, self.a[-1])
    error = self.V.T @ psi
    for t in reversed(range(len(self.x))):
        delta = (1 - self.a[t] ** 2) * error
        self.dW += np.outer(delta, self.x[t])
        self.dR += np.outer(delta, previous[t])
        error = self.R.T @ delta


FullyRecurrentNetwork.backward = backward
