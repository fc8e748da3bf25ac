"""update(self, eta): one gradient-descent step on the model's own weights."""

import numpy as np
import pytest

from .reference import network

rng = np.random.default_rng(7)
WEIGHTS = dict(W=rng.normal(size=(3, 2)), R=rng.normal(size=(3, 3)), V=rng.normal(size=(1, 3)))
GRADIENTS = dict(dW=rng.normal(size=(3, 2)), dR=rng.normal(size=(3, 3)), dV=rng.normal(size=(1, 3)))


@pytest.mark.parametrize("eta", [0.3, 2])
def test_one_step_against_the_gradient(student, eta):
    model = network(student, WEIGHTS)
    for name, value in GRADIENTS.items():
        setattr(model, name, value)
    model.update(eta)
    for name, before in WEIGHTS.items():
        got, expected = np.asarray(getattr(model, name)), before - eta * GRADIENTS["d" + name]
        assert got.shape == before.shape, f"update should keep the shape {before.shape} of {name}, got {got.shape}"
        if np.allclose(got, before):
            raise AssertionError(f"update({eta}) left model.{name} unchanged: change the model's own "
                                 f"weights (self.{name}), not a local name")
        if np.allclose(got, before + eta * GRADIENTS["d" + name]):
            raise AssertionError(f"update({eta}) added the gradient to {name}; gradient descent subtracts it")
        assert np.allclose(got, expected, rtol=1e-12, atol=1e-12), \
            f"after update({eta}), {name} should be {name} - {eta} * d{name} = {expected.round(6).tolist()}, " \
            f"got {got.round(6).tolist()}"
