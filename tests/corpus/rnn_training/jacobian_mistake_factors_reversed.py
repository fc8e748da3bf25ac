# Mistake: multiplies the factors in the reverse order, D(2) R ... D(T) R.
# base: solution
# expect: test_jacobian=0
# %% jacobian
def jacobian(self, x):
    self.forward(x, 0.0)
    J = np.eye(self.R.shape[0])
    for a_t in self.a[1:]:
        J = J @ (np.diag(1 - a_t ** 2) @ self.R)
    return J


FullyRecurrentNetwork.jacobian = jacobian
