"""Hidden tests of forward(model, x, y): the many-to-one forward pass, checked against a
recurrence computed here, with weights of order one so that every mistake shows.
The course's stable_bce and init stand in for the student's while these tests run."""

import numpy as np
import pytest

from rnncourse import channel

from . import reference
from .expect import close, close_number


@pytest.fixture(scope="module", autouse=True)
def course_helpers(student):
    with channel.replaced(student, stable_bce=reference.stable_bce, init=reference.init):
        yield


def recurrence(W, R, V, x):
    """a(1..T) as a (T, I) array and z(T), from a(0) = 0."""
    a = np.zeros((len(x), R.shape[0]))
    state = np.zeros(R.shape[0])
    for t in range(len(x)):
        state = a[t] = np.tanh(W @ x[t] + R @ state)
    return a, V @ state


def network(student, D, I, K, seed):
    """A student's network with weights of order one, and the same weights here."""
    rng = np.random.default_rng(seed)
    weights = {"W": rng.uniform(-1.5, 1.5, (I, D)), "R": rng.uniform(-1, 1, (I, I)),
               "V": rng.uniform(-2, 2, (K, I))}
    model = student.FullyRecurrentNetwork(D, I, K)
    for name, value in weights.items():
        setattr(model, name, value)
    return model, weights


def sequence(T, D, seed):
    return np.random.default_rng(seed).normal(0, 1, (T, D))


def check_stored(model, weights, x, call):
    a, z = recurrence(weights["W"], weights["R"], weights["V"], x)
    close(model.a, a, f"model.a after {call} (row t-1 holds a(t), a(0) is not stored)", rtol=1e-7, atol=1e-10)
    close(model.z, z, f"model.z after {call} (the logit of the last step)", rtol=1e-7, atol=1e-10)
    return z


@pytest.mark.parametrize("T", [1, 2, 6])
def test_stores_activations_and_last_logit(student, T):
    D, I, K = 2, 4, 1
    model, weights = network(student, D, I, K, seed=T)
    x = sequence(T, D, seed=10 + T)
    model.forward(x, 1.0)
    check_stored(model, weights, x, f"model.forward(x, 1.0) with D={D}, I={I}, K={K}, T={T}")


@pytest.mark.parametrize("y", [1, 0, 1.0, 0.0, np.array([1.0]), np.array([0.0])], ids=repr)
def test_returns_the_loss_of_the_last_logit(student, y):
    D, I, K, T = 3, 5, 1, 5
    model, weights = network(student, D, I, K, seed=7)
    x = sequence(T, D, seed=8)
    loss = model.forward(x, y)
    _, z = recurrence(weights["W"], weights["R"], weights["V"], x)
    label = float(np.asarray(y).reshape(()))
    close_number(loss, reference.stable_bce(z[0], label),
                 f"the loss returned by model.forward(x, {y!r}), where z(T) = {z[0]:.6f},", rtol=1e-7)


def test_several_outputs(student):
    D, I, K, T = 2, 5, 3, 4
    model, weights = network(student, D, I, K, seed=21)
    x = sequence(T, D, seed=22)
    model.forward(x, np.array([1.0, 0.0, 1.0]))
    check_stored(model, weights, x, f"model.forward(x, y) with D={D}, I={I}, K={K}, T={T}")


def test_function_and_method_each_use_their_own_network(student):
    D, I, K = 2, 3, 1
    x = sequence(4, D, seed=33)
    first, first_weights = network(student, D, I, K, seed=31)
    second, second_weights = network(student, D, I, K, seed=32)
    first.forward(x, 1)
    student.forward(second, x, 0)
    check_stored(first, first_weights, x, "first.forward(x, 1) followed by forward(second, x, 0)")
    check_stored(second, second_weights, x, "forward(second, x, 0) on a second network")


def test_a_shorter_sequence_replaces_the_stored_activations(student):
    D, I, K = 2, 4, 1
    model, weights = network(student, D, I, K, seed=41)
    model.forward(sequence(7, D, seed=42), 1)
    x = sequence(3, D, seed=43)
    model.forward(x, 0)
    check_stored(model, weights, x, "a second call model.forward(x, 0) with T=3 after one with T=7")
