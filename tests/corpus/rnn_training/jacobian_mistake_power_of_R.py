# Mistake: forgets the tanh derivatives and returns R^(T-1).
# base: solution
# expect: test_jacobian=0
# %% jacobian
def jacobian(self, x):
    return np.linalg.matrix_power(self.R, len(x) - 1)


FullyRecurrentNetwork.jacobian = jacobian
