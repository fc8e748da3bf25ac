# Keeps the deltas in a list, newest first, and sums the outer products with einsum.
# base: solution
# %% backward
def backward(self):
    psi = sigmoid(self.z) - np.ravel(self.y)
    deltas = []
    grad_a = self.V.T @ psi
    for a_t in self.a[::-1]:
        delta = grad_a * (1 - a_t * a_t)
        deltas.append(delta)
        grad_a = self.R.T @ delta
    deltas = np.array(deltas[::-1])
    prev = np.concatenate([np.zeros((1, self.a.shape[1])), self.a[:-1]], axis=0)
    self.dW = np.einsum("ti,td->id", deltas, self.x)
    self.dR = np.einsum("ti,tj->ij", deltas, prev)
    self.dV = np.einsum("k,i->ki", psi, self.a[-1])


FullyRecurrentNetwork.backward = backward
