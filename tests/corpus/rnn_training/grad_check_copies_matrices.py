# Perturbs copies of the weight matrices and puts the saved originals back at the end.
# base: solution
# %% grad_check
def grad_check(self, eps, thresh):
    saved = {name: getattr(self, name).copy() for name in ("W", "R", "V")}
    analytic = {"W": self.dW, "R": self.dR, "V": self.dV}
    worst = []
    try:
        for name, original in saved.items():
            for index in itertools.product(*map(range, original.shape)):
                losses = []
                for sign in (+1, -1):
                    perturbed = original.copy()
                    perturbed[index] += sign * eps
                    setattr(self, name, perturbed)
                    losses.append(self.forward(self.x, self.y))
                setattr(self, name, original.copy())
                numeric = (losses[0] - losses[1]) / (2 * eps)
                if abs(numeric - analytic[name][index]) > thresh:
                    worst.append((name, index, numeric, analytic[name][index]))
    finally:
        for name, original in saved.items():
            setattr(self, name, original)
    if worst:
        raise RuntimeError(f"{len(worst)} gradient entries disagree, first: {worst[0]}")


FullyRecurrentNetwork.grad_check = grad_check
