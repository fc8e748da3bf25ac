"""grad_check(self, eps, thresh) as a black box: the gradients it checks come from the test.

backward is replaced by a stub that stores the test's gradients, and forward by the course's,
so a wrong backward (or a redefined forward) of the student's does not cost the points of grad_check.
"""

import numpy as np
import pytest

from rnncourse import channel

from . import reference
from .reference import loss_gradients, network, order_one_weights


@pytest.fixture(scope="module", autouse=True)
def course_versions(student):
    """The course's forward stands in for the student's while these tests run."""
    with reference.course_methods(student, "forward"):
        yield


EPS, THRESH = 1e-4, 1e-6  # central differences are off by ~1e-9 here, one-sided ones by ~1e-5
WEIGHTS = order_one_weights(11, 2, 3, 1)
X, Y = np.random.default_rng(12).normal(size=(4, 2)), 1.0
TRUE = loss_gradients(**WEIGHTS, x=X, y=Y)
WRONG_ENTRIES = {"W": (2, 1), "R": (0, 2), "V": (0, 1)}


def prepared(student, gradients):
    """A model after forward on (X, Y) whose stored gradients, and whose backward, give `gradients`."""
    model = network(student, WEIGHTS)
    model.forward(X, Y)
    stored = {"d" + name: value for name, value in gradients.items()}
    for name, value in stored.items():
        setattr(model, name, value)
    model.backward = channel.attribute_setter(model, **stored)
    return model


def call(model, eps=EPS, thresh=THRESH):
    """None if grad_check returned normally, else the message of what it raised."""
    try:
        model.grad_check(eps, thresh)
    except channel.StudentError as error:
        return str(error)
    return None


def test_silent_on_correct_gradients(student):
    raised = call(prepared(student, TRUE))
    assert raised is None, f"grad_check({EPS}, {THRESH}) should pass correct gradients at weights of order " \
                           f"one, but raised {raised} (perturb one entry at a time, use central differences)"


def test_leaves_the_weights_exactly_as_they_were(student):
    model = prepared(student, TRUE)
    call(model)
    for name, before in WEIGHTS.items():
        after = np.asarray(getattr(model, name))
        assert after.shape == before.shape and np.array_equal(after, before), \
            f"grad_check should leave {name} exactly as it found it: the largest change is " \
            f"{np.max(np.abs(after - before)) if after.shape == before.shape else 'a new shape'} " \
            f"(save each entry and put it back)"


@pytest.mark.parametrize("name", WRONG_ENTRIES)
def test_raises_on_one_wrong_entry(student, name):
    gradients = {k: v.copy() for k, v in TRUE.items()}
    gradients[name][WRONG_ENTRIES[name]] += 1e-4
    raised = call(prepared(student, gradients))
    assert raised is not None, f"grad_check({EPS}, {THRESH}) should raise an exception when " \
                               f"d{name}{list(WRONG_ENTRIES[name])} is off by 1e-4, but it returned normally"


def test_tolerates_differences_below_thresh(student):
    gradients = {k: v + 1e-4 for k, v in TRUE.items()}
    raised = call(prepared(student, gradients), thresh=1e-2)
    assert raised is None, "grad_check(eps, 1e-2) should accept gradients that are off by 1e-4 " \
                           f"(thresh bounds the absolute difference), but raised {raised}"
