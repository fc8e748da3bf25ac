# Mistake: prints a warning instead of raising an exception.
# base: solution
# expect: test_grad_check=0
# %% grad_check
def grad_check(self, eps, thresh):
    for name in ("W", "R", "V"):
        weights, analytic = getattr(self, name), getattr(self, "d" + name)
        for index in np.ndindex(weights.shape):
            original = weights[index]
            weights[index] = original + eps
            upper = self.forward(self.x, self.y)
            weights[index] = original - eps
            lower = self.forward(self.x, self.y)
            weights[index] = original
            if abs((upper - lower) / (2 * eps) - analytic[index]) > thresh:
                print(f"gradient check failed for d{name}{index}")


FullyRecurrentNetwork.grad_check = grad_check
