# Mistake: returns the transpose, [i, j] = d a_j(T) / d a_i(1).
# base: solution
# expect: test_jacobian=0
# %% jacobian
def jacobian(self, x):
    self.forward(x, 0.0)
    J = np.eye(self.R.shape[0])
    for a_t in self.a[1:]:
        J = np.diag(1 - a_t ** 2) @ self.R @ J
    return J.T


FullyRecurrentNetwork.jacobian = jacobian
