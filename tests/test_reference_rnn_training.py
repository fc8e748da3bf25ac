"""The hidden tests' own arithmetic (tests/hidden/rnn_training/reference.py) agrees with the master.

Two independent implementations: finite differences in the tests, BPTT and the Jacobian product
in the master notebook. If they disagree, one of them is wrong and the hidden tests cannot be trusted.
"""

import nbformat
import numpy as np
import pytest

from rnncourse.course import Course
from tests.hidden.rnn_training import reference

CELLS = ["imports", "stable_loss", "model", "backward", "jacobian"]


@pytest.fixture(scope="module")
def master():
    nb = nbformat.read(Course().master("rnn_training"), 4)
    cells = {c.metadata.get("nbgrader", {}).get("grade_id"): c.source for c in nb.cells}
    namespace = {}
    for grade_id in CELLS:
        exec(compile(cells[grade_id], f"<cell {grade_id}>", "exec"), namespace)
    return namespace


def model_with(master, weights):
    (I, D), K = weights["W"].shape, len(weights["V"])
    model = master["FullyRecurrentNetwork"](D, I, K)
    model.W, model.R, model.V = weights["W"], weights["R"], weights["V"]
    return model


@pytest.mark.parametrize("seed, D, I, T", [(1, 2, 4, 5), (2, 1, 3, 9), (3, 3, 5, 1)])
def test_finite_differences_match_the_master_backward(master, seed, D, I, T):
    weights = reference.order_one_weights(seed, D, I, 1)
    x = np.random.default_rng(seed).normal(size=(T, D))
    model = model_with(master, weights)
    assert np.isclose(model.forward(x, 1.0), reference.loss(**weights, x=x, y=1.0), rtol=1e-12)
    model.backward()
    expected = reference.loss_gradients(**weights, x=x, y=1.0)
    for name in "WRV":
        assert reference.mismatch("d" + name, getattr(model, "d" + name), expected[name]) is None


@pytest.mark.parametrize("seed, T", [(21, 6), (22, 2)])
def test_jacobian_finite_differences_match_the_master(master, seed, T):
    from tests.hidden.rnn_training.test_jacobian import finite_differences
    weights = reference.order_one_weights(seed, 1, 4, 1)
    x = np.random.default_rng(seed).normal(size=(T, 1))
    got = model_with(master, weights).jacobian(x)
    assert reference.mismatch("J", got, finite_differences(weights["W"], weights["R"], x), atol=1e-8) is None
