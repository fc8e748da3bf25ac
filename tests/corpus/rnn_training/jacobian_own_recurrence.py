# Runs its own recurrence (no call of forward) and chains the step Jacobians as it goes.
# base: solution
# %% jacobian
def jacobian(self, x):
    a = np.tanh(self.W @ x[0])
    J = np.identity(len(a))
    for x_t in x[1:]:
        a = np.tanh(self.W @ x_t + self.R @ a)
        J = np.diag(1 - a ** 2) @ self.R @ J
    return J


FullyRecurrentNetwork.jacobian = jacobian
