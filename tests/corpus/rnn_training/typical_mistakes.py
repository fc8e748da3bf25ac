# One typical mistake in every autograded function: noise with standard deviation 0.2, no tanh'
# in backward, one-sided differences, gradient ascent, a training loop with its own data, R^(T-1).
# base: solution
# expect: *=0
# %% generate_data
def generate_data(T):
    rng = np.random.default_rng(0xDEADBEEF)
    while True:
        label = rng.integers(2)
        x = rng.normal(0.0, 0.2, size=(T, 1))
        x[0] = 1.0 if label == 1 else -1.0
        yield x, np.array([float(label)])
# %% backward
def backward(self):
    psi = sigmoid(self.z) - self.y
    previous = np.vstack([np.zeros_like(self.a[:1]), self.a[:-1]])
    self.dV = np.outer(psi, self.a[-1])
    self.dW, self.dR = np.zeros_like(self.W), np.zeros_like(self.R)
    delta = self.V.T @ psi
    for t in reversed(range(len(self.x))):
        self.dW += np.outer(delta, self.x[t])
        self.dR += np.outer(delta, previous[t])
        delta = self.R.T @ delta


FullyRecurrentNetwork.backward = backward
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
# %% update
def update(self, eta):
    self.W += eta * self.dW
    self.R += eta * self.dR
    self.V += eta * self.dV


FullyRecurrentNetwork.update = update
# %% train
def train(model, T, eta, n_updates):
    rng = np.random.default_rng(0)
    losses = []
    for _ in range(n_updates):
        label = rng.integers(2)
        x = rng.normal(0, np.sqrt(0.2), size=(T, 1))
        x[0] = 1.0 if label else -1.0
        losses.append(model.forward(x, np.array([float(label)])))
        model.backward()
        model.update(eta)
    return losses


def accuracy(model, data):
    hits = []
    for x, y in data:
        model.forward(x, y)
        hits.append((model.z[0] > 0) == (y[0] == 1))
    return float(np.mean(hits))
# %% jacobian
def jacobian(self, x):
    return np.linalg.matrix_power(self.R, len(x) - 1)


FullyRecurrentNetwork.jacobian = jacobian
