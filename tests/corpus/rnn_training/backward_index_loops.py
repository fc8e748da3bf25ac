# Plain Python loops over time and units, with explicit index arithmetic for a(t - 1).
# base: solution
# %% backward
def backward(self):
    T = self.x.shape[0]
    I, D = self.W.shape
    K = self.V.shape[0]
    y = np.broadcast_to(self.y, (K,))
    psi = [1.0 / (1.0 + np.exp(-self.z[k])) - y[k] for k in range(K)]
    self.dW, self.dR, self.dV = np.zeros((I, D)), np.zeros((I, I)), np.zeros((K, I))
    for k in range(K):
        for i in range(I):
            self.dV[k, i] = psi[k] * self.a[T - 1, i]
    delta_next = None
    for t in range(T - 1, -1, -1):
        delta = np.zeros(I)
        for i in range(I):
            if delta_next is None:
                incoming = sum(self.V[k, i] * psi[k] for k in range(K))
            else:
                incoming = sum(self.R[j, i] * delta_next[j] for j in range(I))
            delta[i] = (1 - self.a[t, i] ** 2) * incoming
        for i in range(I):
            for d in range(D):
                self.dW[i, d] += delta[i] * self.x[t, d]
            if t > 0:
                for j in range(I):
                    self.dR[i, j] += delta[i] * self.a[t - 1, j]
        delta_next = delta


FullyRecurrentNetwork.backward = backward
