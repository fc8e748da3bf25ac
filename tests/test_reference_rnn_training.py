"""The hidden tests' own arithmetic (tests/hidden/rnn_training/reference.py) agrees with the master.

Two independent implementations: finite differences in the tests, BPTT and the Jacobian product
in the master notebook. If they disagree, one of them is wrong and the hidden tests cannot be trusted.
"""

import types

import nbformat
import numpy as np
import pytest

from rnncourse.common.coursedir import Course
from tests.hidden.rnn_training import reference

CELLS = ["imports", "stable_loss", "model", "backward", "update", "jacobian"]


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


def test_the_course_methods_that_stand_in_for_a_students_agree_with_the_master(master):
    weights = reference.order_one_weights(5, 2, 4, 1)
    x = np.random.default_rng(5).normal(size=(6, 2))
    copy = lambda: {name: value.copy() for name, value in weights.items()}  # noqa: E731 (update works in place)
    ours, theirs = types.SimpleNamespace(**copy()), model_with(master, copy())
    assert np.isclose(reference.forward(ours, x, np.array([1.0])), theirs.forward(x, np.array([1.0])), rtol=1e-12)
    reference.backward(ours)
    theirs.backward()
    reference.update(ours, 0.7)
    theirs.update(0.7)
    for name in ("a", "z", "dW", "dR", "dV", "W", "R", "V"):
        assert np.allclose(getattr(ours, name), getattr(theirs, name), rtol=1e-12, atol=1e-14), name
