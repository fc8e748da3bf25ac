# Mistake: undoes the perturbation by adding eps again instead of restoring the saved value.
# base: solution
# expect: test_grad_check=0
# %% grad_check
def grad_check(self, eps, thresh):
    for name in ("W", "R", "V"):
        weights, analytic = getattr(self, name), getattr(self, "d" + name)
        for index in np.ndindex(weights.shape):
            weights[index] += eps
            upper = self.forward(self.x, self.y)
            weights[index] -= 2 * eps
            lower = self.forward(self.x, self.y)
            weights[index] += eps
            if abs((upper - lower) / (2 * eps) - analytic[index]) > thresh:
                raise ValueError(f"d{name}{index} differs")


FullyRecurrentNetwork.grad_check = grad_check
