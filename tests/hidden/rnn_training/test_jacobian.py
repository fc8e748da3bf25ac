"""jacobian(self, x): da(T)/da(1) from a forward pass, against finite differences."""

import numpy as np
import pytest

from . import reference
from .reference import activations, mismatch, network, order_one_weights


@pytest.fixture(scope="module", autouse=True)
def course_versions(student):
    """The course's forward stands in for the student's while these tests run."""
    with reference.course_methods(student, "forward"):
        yield


# (weight seed, D, I, T, scale of the weights)
CASES = {"T=6, weights of order one": (21, 1, 4, 6, 1.0), "T=2, weights of order one": (22, 2, 3, 2, 1.0),
         "T=4, two inputs": (23, 2, 5, 4, 1.0), "T=12, small weights": (24, 1, 4, 12, 0.3)}


def setting(seed, D, I, T, scale):
    weights = {k: scale * v for k, v in order_one_weights(seed, D, I, 1).items()}
    return weights, np.random.default_rng(200 + seed).normal(size=(T, D))


def finite_differences(W, R, x, eps=1e-6):
    """Column j: the change of a(T) when a_j(1) moves by +-eps, over 2 eps."""
    a1 = activations(W, R, x)[0]
    columns = []
    for j in range(len(a1)):
        step = np.eye(len(a1))[j] * eps
        columns.append((activations(W, R, x, a1 + step)[-1] - activations(W, R, x, a1 - step)[-1]) / (2 * eps))
    return np.array(columns).T


@pytest.mark.parametrize("case", CASES)
def test_matches_finite_differences(student, case):
    weights, x = setting(*CASES[case])
    got = network(student, weights).jacobian(x)
    problem = mismatch("da(T)/da(1)", got, finite_differences(weights["W"], weights["R"], x), atol=1e-8)
    assert problem is None, f"jacobian should give [i, j] = d a_i(T) / d a_j(1) ({case}): {problem}"


def test_is_the_identity_for_T_1(student):
    weights, x = setting(25, 1, 3, 1, 1.0)
    problem = mismatch("da(1)/da(1)", network(student, weights).jacobian(x), np.eye(3))
    assert problem is None, f"for T = 1 the Jacobian should be the identity: {problem}"


@pytest.mark.parametrize("case", CASES)
def test_respects_the_norm_bound(student, case):
    weights, x = setting(*CASES[case])
    norm = np.linalg.norm(np.asarray(network(student, weights).jacobian(x), dtype=float), 2)
    bound = np.linalg.norm(weights["R"], 2) ** (len(x) - 1)
    assert norm <= bound * (1 + 1e-9), f"the spectral norm of da(T)/da(1) should be at most " \
                                       f"||R||^(T-1) = {bound:.6g} ({case}), got {norm:.6g}"
