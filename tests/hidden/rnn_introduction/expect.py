"""Comparisons shared by the hidden tests of this assignment; each failure says what came back."""

import numpy as np


def numbers(value, call):
    """value as a float array, or an AssertionError saying that what was checked is not numeric."""
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise AssertionError(f"{call} should be a number or an array of numbers, got {value!r}") from None
    return array


def single_number(value, call):
    """value as a float; a number and an array holding one number are both accepted."""
    array = numbers(value, call)
    assert array.size == 1, f"{call} should return a single number, got an array of shape {array.shape}: {array}"
    return float(array.reshape(()))


def close(got, expected, call, rtol=1e-9, atol=1e-12):
    """got (a number or an array) equals expected in shape and, within tolerance, in value."""
    expected = np.asarray(expected, dtype=float)
    got = numbers(got, call)
    assert got.shape == expected.shape, \
        f"{call} should have shape {expected.shape}, got shape {got.shape}: {got}"
    assert np.allclose(got, expected, rtol=rtol, atol=atol), \
        f"{call} should be {np.array2string(expected, precision=8)}, got {np.array2string(got, precision=8)}"


def close_number(got, expected, call, rtol=1e-9, atol=1e-12):
    """got is a single number (or a one-element array) close to the number expected."""
    value = single_number(got, call)
    assert np.isclose(value, expected, rtol=rtol, atol=atol), f"{call} should be {expected:.10g}, got {value!r}"
