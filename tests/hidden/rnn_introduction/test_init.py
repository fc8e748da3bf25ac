"""Hidden tests of init(model, D, I, K) and the constructor FullyRecurrentNetwork(D, I, K).

The distribution is checked on one large network (D=40, I=150, K=30: 6000, 22500 and 4500
entries in W, R, V), once as the constructor draws it and once as init does. A correct uniform
draw on [-a, a], a = 0.01, never leaves the interval, and by Hoeffding's inequality a matrix of
n entries misses
  mean 0 by more than 0.15 a:              probability <= 2 exp(-n 0.15^2 / 2) <= 2e-22,
  mean square a^2/3 by more than 0.05 a^2: probability <= 2 exp(-2 n 0.05^2)   <= 3.4e-10,
so a correct draw fails with probability below 4e-10 (almost all of it from V), 8e-10 for both.
A normal draw with a mean square near a^2/3 (standard deviation near 0.0058) puts 6 to 11% of
its entries outside the interval; a normal draw that stays inside has a far smaller mean square.
"""

import types

import numpy as np
import pytest

from rnncourse import channel

from .expect import numbers

A = 0.01
SHAPES = {"W": lambda D, I, K: (I, D), "R": lambda D, I, K: (I, I), "V": lambda D, I, K: (K, I)}


def weights(model, name, call):
    return numbers(getattr(model, name), f"the attribute {name} after {call}")


def assert_shapes(model, D, I, K, call):
    for name, shape in SHAPES.items():
        got = weights(model, name, call).shape
        assert got == shape(D, I, K), \
            f"after {call}, {name} should have shape {shape(D, I, K)} (D={D}, I={I}, K={K}), got {got}"


@pytest.mark.parametrize("D, I, K", [(3, 7, 2), (1, 4, 1), (6, 2, 5)])
def test_constructor_stores_weights_of_the_right_shapes(student, D, I, K):
    model = student.FullyRecurrentNetwork(D, I, K)
    assert_shapes(model, D, I, K, f"FullyRecurrentNetwork({D}, {I}, {K})")


def test_init_sets_the_weights_of_the_model_it_is_given(student):
    model = student.FullyRecurrentNetwork(2, 3, 1)
    student.init(model, 5, 4, 3)
    assert_shapes(model, 5, 4, 3, "init(model, D=5, I=4, K=3)")


@pytest.mark.parametrize("by", ["constructor", "init"])
def test_weights_are_uniform_on_the_interval(student, by):
    D, I, K = 40, 150, 30
    if by == "constructor":
        model, call = student.FullyRecurrentNetwork(D, I, K), f"FullyRecurrentNetwork({D}, {I}, {K})"
    else:
        model, call = student.FullyRecurrentNetwork(1, 1, 1), f"init(model, {D}, {I}, {K})"
        student.init(model, D, I, K)
    assert_shapes(model, D, I, K, call)
    for name in SHAPES:
        w = weights(model, name, call)
        outside = np.count_nonzero(np.abs(w) > A)
        assert outside == 0, (f"every entry of {name} should lie in [-{A}, {A}], but {outside} of {w.size} "
                              f"do not (largest magnitude {np.abs(w).max():.4g}); is the draw uniform?")
        assert abs(w.mean()) <= 0.15 * A, \
            f"the entries of {name} should average about 0 (uniform on [-{A}, {A}]), got {w.mean():.4g}"
        mean_square = np.mean(w ** 2)
        assert abs(mean_square - A ** 2 / 3) <= 0.05 * A ** 2, (
            f"the mean square of the entries of {name} should be about {A ** 2 / 3:.4g} for a uniform draw "
            f"on [-{A}, {A}], got {mean_square:.4g}; is the draw uniform?")


def marked_init(model, D, I, K):
    """Weights no random draw gives: a network built with this init shows that it was."""
    model.W, model.R, model.V = np.full((I, D), 0.001), np.full((I, I), 0.002), np.full((K, I), 0.003)


def test_constructor_draws_its_weights_with_init(student):
    expected = types.SimpleNamespace()
    marked_init(expected, 2, 3, 1)
    call = "FullyRecurrentNetwork(2, 3, 1) with an init in place that sets W to 0.001, R to 0.002, V to 0.003"
    with channel.replaced(student, init=marked_init):
        model = student.FullyRecurrentNetwork(2, 3, 1)
    for name in SHAPES:
        assert np.array_equal(weights(model, name, call), getattr(expected, name)), (
            f"FullyRecurrentNetwork(D, I, K) should get its weights by calling init(self, D, I, K), but after "
            f"{call}, {name} is not what that init stores")
