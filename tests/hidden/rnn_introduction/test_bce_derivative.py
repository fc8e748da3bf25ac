"""Hidden tests of bce_derivative(z, y) = sigmoid(z) - y, elementwise, finite for every logit."""

import numpy as np
import pytest

from .expect import close, close_number


def derivative(z, y):
    """sigmoid(z) - y by the textbook formula, accurate for the moderate z used with it."""
    return 1 / (1 + np.exp(-np.asarray(z, dtype=float))) - y


@pytest.mark.parametrize("y, expected", [(0, 0.5), (1, -0.5), (0.0, 0.5), (1.0, -0.5)])
def test_zero_logit(student, y, expected):
    close_number(student.bce_derivative(0.0, y), expected, f"bce_derivative(0.0, {y!r})")


@pytest.mark.parametrize("z", [-6.0, -1.5, -0.25, 0.5, 3.0, 8.0])
@pytest.mark.parametrize("y", [0, 1])
def test_moderate_logits(student, z, y):
    close_number(student.bce_derivative(z, y), derivative(z, y), f"bce_derivative({z}, {y})")


@pytest.mark.parametrize("z, y, expected", [
    (1000.0, 0, 1.0), (1000.0, 1, 0.0), (-1000.0, 0, 0.0), (-1000.0, 1, -1.0),
    (40.0, 0, 1.0), (-40.0, 1, -1.0), (800.0, 0, 1.0), (-800.0, 1, -1.0),
    (1e308, 0, 1.0), (-1e308, 1, -1.0), (1e308, 1, 0.0), (-1e308, 0, 0.0)])
def test_large_logits_give_finite_derivatives(student, z, y, expected):
    close_number(student.bce_derivative(z, y), expected, f"bce_derivative({z:g}, {y})")


def test_arrays_of_logits_and_labels_elementwise(student):
    z = np.array([-1000.0, -3.0, 0.0, 0.5, 2.0, 1000.0])
    y = np.array([1.0, 0.0, 1.0, 1.0, 0.0, 0.0])
    expected = [-1.0, derivative(-3.0, 0), -0.5, derivative(0.5, 1), derivative(2.0, 0), 1.0]
    close(student.bce_derivative(z, y), expected, f"bce_derivative(z={z.tolist()}, y={y.tolist()})")


def test_two_dimensional_arrays_keep_their_shape(student):
    z = np.array([[-1.0, 0.0, 1.0], [-900.0, 4.0, 900.0]])
    y = np.array([[1, 0, 1], [0, 1, 1]])
    expected = [[derivative(-1.0, 1), 0.5, derivative(1.0, 1)], [0.0, derivative(4.0, 1), 0.0]]
    close(student.bce_derivative(z, y), expected, f"bce_derivative(z={z.tolist()}, y={y.tolist()})")


def test_integer_logits_and_labels(student):
    z, y = np.array([-3, 0, 2, 1000]), np.array([1, 1, 0, 0])
    close(student.bce_derivative(z, y), [derivative(-3.0, 1), -0.5, derivative(2.0, 0), 1.0],
          f"bce_derivative(np.array({z.tolist()}), np.array({y.tolist()})) (integer arrays)")
    close_number(student.bce_derivative(2, 0), derivative(2.0, 0), "bce_derivative(2, 0) (Python integers)")


def test_matches_a_central_difference_of_the_loss(student):
    z, y, h = np.array([-2.5, -0.3, 0.7, 3.1]), np.array([1.0, 0.0, 1.0, 0.0]), 1e-5
    loss = lambda z: y * np.logaddexp(0, -z) + (1 - y) * np.logaddexp(0, z)  # noqa: E731
    numerical = (loss(z + h) - loss(z - h)) / (2 * h)
    close(student.bce_derivative(z, y), numerical, f"bce_derivative(z={z.tolist()}, y={y.tolist()})",
          rtol=1e-6, atol=1e-8)
