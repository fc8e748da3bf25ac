# Mistake: the general case of exercise 2, a loss at every step (psi(t) = sigmoid(V a(t)) - y
# added at each t), where the model has a loss at the last step only.
# base: solution
# expect: test_backward=0
# %% backward
def backward(self):
    previous = np.vstack([np.zeros_like(self.a[:1]), self.a[:-1]])
    self.dV = np.zeros_like(self.V)
    self.dW, self.dR = np.zeros_like(self.W), np.zeros_like(self.R)
    error = np.zeros(self.R.shape[0])
    for t in reversed(range(len(self.x))):
        psi = sigmoid(self.V @ self.a[t]) - self.y
        self.dV += np.outer(psi, self.a[t])
        error = error + self.V.T @ psi
        delta = (1 - self.a[t] ** 2) * error
        self.dW += np.outer(delta, self.x[t])
        self.dR += np.outer(delta, previous[t])
        error = self.R.T @ delta


FullyRecurrentNetwork.backward = backward
