"""Hidden tests of stable_bce(z, y): the binary cross-entropy of a logit, elementwise, never overflowing."""

import numpy as np
import pytest

from .expect import close, close_number


def bce(z, y):
    """The loss by the textbook formula, exact in float64 for the moderate z used with it."""
    z = np.asarray(z, dtype=float)
    return -y * np.log(1 / (1 + np.exp(-z))) - (1 - y) * np.log(1 - 1 / (1 + np.exp(-z)))


@pytest.mark.parametrize("y", [0, 1, 0.0, 1.0])
def test_zero_logit_costs_ln2(student, y):
    close_number(student.stable_bce(0.0, y), np.log(2), f"stable_bce(0.0, {y!r})")


@pytest.mark.parametrize("z", [-6.0, -1.5, -0.25, 0.5, 3.0, 8.0])
@pytest.mark.parametrize("y", [0, 1])
def test_moderate_logits_match_the_textbook_formula(student, z, y):
    close_number(student.stable_bce(z, y), bce(z, y), f"stable_bce({z}, {y})")


@pytest.mark.parametrize("z, y, loss", [
    (1000.0, 0, 1000.0), (-1000.0, 1, 1000.0), (1000.0, 1, 0.0), (-1000.0, 0, 0.0),
    (40.0, 0, 40.0), (-40.0, 1, 40.0), (800.0, 0, 800.0), (-800.0, 1, 800.0), (1e6, 0, 1e6),
    (1e308, 0, 1e308), (-1e308, 1, 1e308), (1e308, 1, 0.0), (-1e308, 0, 0.0)])
def test_large_logits_give_finite_exact_losses(student, z, y, loss):
    close_number(student.stable_bce(z, y), loss, f"stable_bce({z:g}, {y})")


def test_arrays_of_logits_and_labels_elementwise(student):
    z = np.array([-1000.0, -3.0, 0.0, 0.5, 2.0, 1000.0])
    y = np.array([1.0, 0.0, 1.0, 1.0, 0.0, 0.0])
    expected = np.array([1000.0, bce(-3.0, 0), np.log(2), bce(0.5, 1), bce(2.0, 0), 1000.0])
    close(student.stable_bce(z, y), expected, f"stable_bce(z={z.tolist()}, y={y.tolist()})")


@pytest.mark.parametrize("y", [0, 1])
def test_array_of_logits_with_one_label(student, y):
    z = np.array([-2.0, 0.0, 2.0, 50.0])
    expected = [bce(-2.0, y), np.log(2), bce(2.0, y), 50.0 * (1 - y)]  # L(50, 1) = 2e-22
    close(student.stable_bce(z, y), expected, f"stable_bce(z={z.tolist()}, y={y})")


def test_two_dimensional_arrays_keep_their_shape(student):
    z = np.array([[-1.0, 0.0, 1.0], [-900.0, 4.0, 900.0]])
    y = np.array([[1, 0, 1], [0, 1, 1]])
    expected = [[bce(-1.0, 1), np.log(2), bce(1.0, 1)], [0.0, bce(4.0, 1), 0.0]]
    close(student.stable_bce(z, y), expected, f"stable_bce(z={z.tolist()}, y={y.tolist()})")


def test_integer_logits_and_labels(student):
    z, y = np.array([-3, 0, 2, 1000]), np.array([1, 1, 0, 0])
    close(student.stable_bce(z, y), [bce(-3.0, 1), np.log(2), bce(2.0, 0), 1000.0],
          f"stable_bce(np.array({z.tolist()}), np.array({y.tolist()})) (integer arrays)")
    close_number(student.stable_bce(2, 0), bce(2.0, 0), "stable_bce(2, 0) (Python integers)")


def test_one_element_arrays(student):
    close(student.stable_bce(np.array([2.0]), np.array([0.0])), [bce(2.0, 0)],
          "stable_bce(np.array([2.0]), np.array([0.0]))")
