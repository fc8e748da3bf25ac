# Correct: a scalar formula with the math module, applied element by element in a loop over
# the broadcast arrays.
# base: solution
# %% stable_bce
import math


def softplus(u):
    return math.log1p(math.exp(-abs(u))) + max(0.0, u)


def stable_bce(z, y):
    z, y = np.broadcast_arrays(np.asarray(z, dtype=float), np.asarray(y, dtype=float))
    losses = np.empty(z.shape)
    for index in np.ndindex(z.shape):
        losses[index] = y[index] * softplus(-z[index]) + (1 - y[index]) * softplus(z[index])
    return losses if losses.ndim else float(losses)
