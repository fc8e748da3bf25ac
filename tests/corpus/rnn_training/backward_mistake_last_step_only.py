# Mistake: back-propagates into the last time step only (no recursion through time).
# base: solution
# expect: test_backward=0
# %% backward
def backward(self):
    psi = sigmoid(self.z) - self.y
    delta = (1 - self.a[-1] ** 2) * (self.V.T @ psi)
    previous = self.a[-2] if len(self.a) > 1 else np.zeros_like(self.a[-1])
    self.dV = np.outer(psi, self.a[-1])
    self.dW = np.outer(delta, self.x[-1])
    self.dR = np.outer(delta, previous)


FullyRecurrentNetwork.backward = backward
