# Builds the whole numerical gradient with a helper first, then compares with np.max.
# base: solution
# %% grad_check
def numerical_gradient(model, weights, eps):
    gradient = np.zeros_like(weights)
    it = np.nditer(weights, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        old = weights[i].copy()
        weights[i] = old + eps
        up = model.forward(model.x, model.y)
        weights[i] = old - eps
        down = model.forward(model.x, model.y)
        weights[i] = old
        gradient[i] = (up - down) / (2 * eps)
    return gradient


def grad_check(self, eps, thresh):
    for weights, analytic in ((self.W, self.dW), (self.R, self.dR), (self.V, self.dV)):
        difference = np.max(np.abs(numerical_gradient(self, weights, eps) - analytic))
        if difference > thresh:
            raise ValueError(f"gradient check failed: difference {difference}")


FullyRecurrentNetwork.grad_check = grad_check
