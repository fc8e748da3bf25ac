# Mistake: off by one in the recurrent term, dR sums delta(t) a(t)^T instead of delta(t) a(t-1)^T.
# base: solution
# expect: test_backward=0
# %% backward
def backward(self):
    psi = sigmoid(self.z) - self.y
    self.dV = np.outer(psi, self.a[-1])
    self.dW, self.dR = np.zeros_like(self.W), np.zeros_like(self.R)
    error = self.V.T @ psi
    for t in reversed(range(len(self.x))):
        delta = (1 - self.a[t] ** 2) * error
        self.dW += np.outer(delta, self.x[t])
        self.dR += np.outer(delta, self.a[t])
        error = self.R.T @ delta


FullyRecurrentNetwork.backward = backward
