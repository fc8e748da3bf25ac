"""backward(self): BPTT gradients of the many-to-one loss, against central differences."""

import numpy as np
import pytest

from . import reference
from .reference import loss_gradients, mismatch, order_one_weights


@pytest.fixture(scope="module", autouse=True)
def course_versions(student):
    """The course's forward stands in for the student's while these tests run."""
    with reference.course_methods(student, "forward"):
        yield


# (weight seed, D, I, K, T, label): weights of order one, where a wrong gradient cannot hide
CASES = {
    "T=5, y=1.0": (1, 2, 4, 1, 5, 1.0),
    "T=5, y=array([0.])": (2, 2, 4, 1, 5, np.array([0.0])),
    "T=9, y=array([1.])": (3, 1, 3, 1, 9, np.array([1.0])),
    "T=1, y=0.0": (4, 2, 4, 1, 1, 0.0),
}


def check(student, seed, D, I, K, T, y, model=None):
    weights = order_one_weights(seed, D, I, K)
    x = np.random.default_rng(100 + seed).normal(size=(T, D))
    model = student.FullyRecurrentNetwork(D, I, K) if model is None else model
    for name, value in weights.items():
        setattr(model, name, value)
    model.forward(x, y)
    model.backward()
    expected = loss_gradients(**weights, x=x, y=y)
    problems = [mismatch(f"d{name}", getattr(model, "d" + name), expected[name]) for name in "WRV"]
    return model, [p for p in problems if p], f"(D={D}, I={I}, K={K}, T={T}, y={y!r}, weights of order one)"


@pytest.mark.parametrize("case", CASES)
def test_gradients_match_central_differences(student, case):
    _, problems, where = check(student, *CASES[case])
    assert not problems, "the gradients should match central differences of the loss " + where + ":\n" \
                         + "\n".join(problems)


def test_gradients_are_those_of_the_last_forward_pass_only(student):
    model, _, _ = check(student, *CASES["T=5, y=1.0"])
    _, problems, where = check(student, *CASES["T=5, y=array([0.])"], model=model)
    assert not problems, "after a second forward pass, backward should return the gradients of that pass " \
                         "alone (do not add to the gradients of earlier calls) " + where + ":\n" \
                         + "\n".join(problems)
