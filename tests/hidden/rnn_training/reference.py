"""The network's arithmetic written out by the tests, so expected values never come from the notebook,
and the course's forward, backward and update: while a hidden test judges one method, these stand
in for the others on the student's class (channel.replaced), so that a mistake costs only its own
cell. Those three are sent into the notebook as source text: they may use numpy as np only."""

import types

import numpy as np

from rnncourse import channel


def forward(self, x, y):
    """The forward pass of the notebook's locked cell: stores x, y, a (T, I) and z (K,)."""
    self.x, self.y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    self.a = np.zeros((len(self.x), self.R.shape[0]))
    previous = np.zeros(self.R.shape[0])
    for t, x_t in enumerate(self.x):
        previous = self.a[t] = np.tanh(self.W @ x_t + self.R @ previous)
    self.z = self.V @ previous
    return float(np.sum(self.y * np.logaddexp(0, -self.z) + (1 - self.y) * np.logaddexp(0, self.z)))


def backward(self):
    """dW, dR, dV of the loss of the last forward pass (loss at the last step only)."""
    psi = 0.5 * (1 + np.tanh(0.5 * self.z)) - self.y  # dL/dz(T), a sigmoid that never overflows
    self.dV = np.outer(psi, self.a[-1])
    self.dW, self.dR = np.zeros_like(self.W), np.zeros_like(self.R)
    error = self.V.T @ psi  # dL/da(T)
    for t in reversed(range(len(self.x))):
        delta = (1 - self.a[t] ** 2) * error  # dL/ds(t)
        self.dW += np.outer(delta, self.x[t])
        if t:
            self.dR += np.outer(delta, self.a[t - 1])
        error = self.R.T @ delta


def update(self, eta):
    self.W -= eta * self.dW
    self.R -= eta * self.dR
    self.V -= eta * self.dV


def course_methods(student, *names):
    """Within the block, the course's versions of these methods are those of the student's class."""
    return channel.replaced(student.FullyRecurrentNetwork, **{name: globals()[name] for name in names})


def activations(W, R, x, first=None):
    """a(1), ..., a(T) for the sequence x (T, D), as rows; `first` replaces a(1) if given."""
    a = np.zeros((len(x), len(R)))
    previous = np.zeros(len(R))
    for t in range(len(x)):
        previous = a[t] = np.tanh(W @ x[t] + R @ previous) if t or first is None else first
    return a


def loss(W, R, V, x, y):
    return forward(types.SimpleNamespace(W=W, R=R, V=V), x, y)


def central_differences(f, weights, eps=1e-6):
    """d f / d weights[name] for every entry of every array in the dict weights."""
    gradients = {}
    for name, array in weights.items():
        gradient = np.zeros_like(array)
        for index in np.ndindex(array.shape):
            shifted = {k: v.copy() for k, v in weights.items()}
            shifted[name][index] = array[index] + eps
            upper = f(**shifted)
            shifted[name][index] = array[index] - eps
            gradient[index] = (upper - f(**shifted)) / (2 * eps)
        gradients[name] = gradient
    return gradients


def loss_gradients(W, R, V, x, y):
    """{'W': dL/dW, 'R': dL/dR, 'V': dL/dV} by central differences."""
    return central_differences(lambda W, R, V: loss(W, R, V, x, y), dict(W=W, R=R, V=V))


def order_one_weights(seed, D, I, K):
    """Weights at which tanh is far from linear, so that wrong gradients show."""
    rng = np.random.default_rng(seed)
    return dict(W=rng.normal(size=(I, D)), R=rng.normal(scale=1.2 / np.sqrt(I), size=(I, I)),
                V=rng.normal(size=(K, I)))


def network(student, weights):
    """A FullyRecurrentNetwork in the notebook holding the given weights."""
    (I, D), K = weights["W"].shape, len(weights["V"])
    model = student.FullyRecurrentNetwork(D, I, K)
    for name, value in weights.items():
        setattr(model, name, value)
    return model


def mismatch(name, got, expected, rtol=1e-5, atol=1e-7):
    """None if got matches expected, else a message saying where and by how much it differs."""
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return f"{name} should be a numeric array, got {got!r}"
    if got.shape != expected.shape:
        return f"{name} should have shape {expected.shape}, got shape {got.shape}"
    bad = ~np.isclose(got, expected, rtol=rtol, atol=atol)
    if not bad.any():
        return None
    index = tuple(int(i) for i in np.argwhere(bad)[0])
    return (f"{name}{list(index)} should be {expected[index]:.6g}, got {got[index]:.6g} "
            f"({bad.sum()} of {bad.size} entries differ)")
