# Mistake: forgets the derivative of tanh (delta = R^T delta, not (1 - a^2) * R^T delta).
# base: solution
# expect: test_backward=0
# %% backward
def backward(self):
    psi = sigmoid(self.z) - self.y
    previous = np.vstack([np.zeros_like(self.a[:1]), self.a[:-1]])
    self.dV = np.outer(psi, self.a[-1])
    self.dW, self.dR = np.zeros_like(self.W), np.zeros_like(self.R)
    delta = self.V.T @ psi
    for t in reversed(range(len(self.x))):
        self.dW += np.outer(delta, self.x[t])
        self.dR += np.outer(delta, previous[t])
        delta = self.R.T @ delta


FullyRecurrentNetwork.backward = backward
