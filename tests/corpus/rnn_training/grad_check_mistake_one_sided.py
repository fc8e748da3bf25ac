# Mistake: one-sided differences (f(w + eps) - f(w)) / eps.
# base: solution
# expect: test_grad_check=0
# %% grad_check
def grad_check(self, eps, thresh):
    base = self.forward(self.x, self.y)
    for name in ("W", "R", "V"):
        weights, analytic = getattr(self, name), getattr(self, "d" + name)
        for index in np.ndindex(weights.shape):
            original = weights[index]
            weights[index] = original + eps
            numeric = (self.forward(self.x, self.y) - base) / eps
            weights[index] = original
            if abs(numeric - analytic[index]) > thresh:
                raise ValueError(f"d{name}{index} differs")


FullyRecurrentNetwork.grad_check = grad_check
