# Collects all deltas first, then forms each gradient as one matrix product over time.
# base: solution
# %% backward
def backward(self):
    T, I = self.a.shape
    psi = 1 / (1 + np.exp(-self.z)) - self.y
    deltas = np.zeros((T, I))
    deltas[-1] = (1 - self.a[-1] ** 2) * (self.V.T @ psi)
    for t in range(T - 2, -1, -1):
        deltas[t] = (1 - self.a[t] ** 2) * (self.R.T @ deltas[t + 1])
    shifted = np.vstack([np.zeros((1, I)), self.a[:-1]])
    self.dW = deltas.T @ self.x
    self.dR = deltas.T @ shifted
    self.dV = psi.reshape(-1, 1) @ self.a[-1].reshape(1, -1)


FullyRecurrentNetwork.backward = backward
