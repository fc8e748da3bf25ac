# Mistake: thresh bounds the relative error |a - n| / max(|a|, |n|) instead of the absolute
# difference, so small gradients that are off by less than thresh raise all the same.
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
            numeric = (upper - lower) / (2 * eps)
            scale = max(abs(numeric), abs(analytic[index]), 1e-12)
            if abs(numeric - analytic[index]) / scale > thresh:
                raise ValueError(f"d{name}{list(index)}: relative error above {thresh}")


FullyRecurrentNetwork.grad_check = grad_check
