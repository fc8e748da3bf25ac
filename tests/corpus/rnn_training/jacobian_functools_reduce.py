# Builds the list of step Jacobians and reduces it with functools.reduce in the right order.
# base: solution
# %% jacobian
import functools


def jacobian(self, x):
    self.forward(x, np.zeros(self.V.shape[0]))
    steps = [(1 - a_t ** 2)[:, None] * self.R for a_t in self.a[1:]]  # d a(t) / d a(t-1), t = 2..T
    return functools.reduce(lambda acc, step: step @ acc, steps, np.eye(self.R.shape[0]))


FullyRecurrentNetwork.jacobian = jacobian
