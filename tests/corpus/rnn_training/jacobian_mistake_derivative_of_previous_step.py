# Mistake: uses tanh'(s(t-1)) instead of tanh'(s(t)) in each factor (off by one in time).
# base: solution
# expect: test_jacobian=0
# %% jacobian
def jacobian(self, x):
    self.forward(x, 0.0)
    J = np.eye(self.R.shape[0])
    for a_prev in self.a[:-1]:
        J = np.diag(1 - a_prev ** 2) @ self.R @ J
    return J


FullyRecurrentNetwork.jacobian = jacobian
