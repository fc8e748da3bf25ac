# Mistake: perturbs a whole matrix at once and compares the result with every entry.
# base: solution
# expect: test_grad_check=0
# %% grad_check
def grad_check(self, eps, thresh):
    for name in ("W", "R", "V"):
        original = getattr(self, name).copy()
        setattr(self, name, original + eps)
        upper = self.forward(self.x, self.y)
        setattr(self, name, original - eps)
        lower = self.forward(self.x, self.y)
        setattr(self, name, original)
        numeric = (upper - lower) / (2 * eps)
        if np.any(np.abs(numeric - getattr(self, "d" + name)) > thresh):
            raise ValueError(f"d{name} differs")


FullyRecurrentNetwork.grad_check = grad_check
