"""The network's arithmetic written out by the tests, so expected values never come from the notebook."""

import numpy as np


def activations(W, R, x, first=None):
    """a(1), ..., a(T) for the sequence x (T, D), as rows; `first` replaces a(1) if given."""
    a = np.zeros((len(x), len(R)))
    previous = np.zeros(len(R))
    for t in range(len(x)):
        previous = a[t] = np.tanh(W @ x[t] + R @ previous) if t or first is None else first
    return a


def loss(W, R, V, x, y):
    z = V @ activations(W, R, x)[-1]
    softplus = lambda u: np.log1p(np.exp(-np.abs(u))) + np.maximum(u, 0)  # noqa: E731
    return float(np.sum(y * softplus(-z) + (1 - y) * softplus(z)))


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
