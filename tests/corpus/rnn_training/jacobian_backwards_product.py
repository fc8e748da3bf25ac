# Multiplies the factors from the right, walking backwards from a(T), with np.diag matrices.
# base: solution
# %% jacobian
def jacobian(self, x):
    self.forward(x, 1.0)
    T, I = self.a.shape
    J = np.eye(I)
    for t in range(T - 1, 0, -1):
        J = J @ np.diag(1 - self.a[t] ** 2) @ self.R
    return J


FullyRecurrentNetwork.jacobian = jacobian
