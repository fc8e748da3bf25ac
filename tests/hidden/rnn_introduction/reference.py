"""The course's own stable_bce and init. While a hidden test judges forward, these stand in for
the student's (channel.replaced), so that a mistake in them costs only their own cells.
Each is sent into the notebook as source text: it may use numpy as np and nothing else."""

import numpy as np


def stable_bce(z, y):
    z = np.asarray(z, dtype=float)
    return y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z)


def init(model, D, I, K):
    model.W = np.random.uniform(-0.01, 0.01, size=(I, D))
    model.R = np.random.uniform(-0.01, 0.01, size=(I, I))
    model.V = np.random.uniform(-0.01, 0.01, size=(K, I))
