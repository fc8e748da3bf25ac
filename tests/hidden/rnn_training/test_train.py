"""train(model, T, eta, n_updates) learns T = 1 from generate_data; accuracy(model, data) counts hits.

generate_data is replaced by sequences made here, once with the rule of the course and once with
the opposite rule: a loop that learns the opposite rule too takes its data from generate_data.
The first sequence of each stream carries the wrong label, so a loop that keeps training on the
first sequence (a new generator for every update) learns the wrong rule.
"""

import numpy as np
import pytest

from rnncourse import channel

from . import reference
from .reference import activations, loss, network, order_one_weights


@pytest.fixture(scope="module", autouse=True)
def course_versions(student):
    """The course's forward, backward and update stand in for the student's while these tests run."""
    with reference.course_methods(student, "forward", "backward", "update"):
        yield


N_UPDATES, ETA, HIDDEN = 200, 1.0, 8
RULES = {"the rule of the course": 1.0, "the opposite rule (x(1) = +1 for y = 0)": -1.0}


def pairs(sign, n, T=1):
    """n pairs (x, y) of length T in which x(1) = sign for y = 1 and -sign for y = 0."""
    rng = np.random.default_rng(31)
    labels = rng.integers(2, size=n).astype(float)
    x = rng.normal(0.0, np.sqrt(0.2), size=(n, T, 1))
    x[:, 0, 0] = sign * (2 * labels - 1)
    return [(x_n, np.array([y_n])) for x_n, y_n in zip(x, labels)]


@pytest.mark.parametrize("rule", RULES)
def test_learns_T_1_from_generate_data(student, rule):
    sign = RULES[rule]
    stream = pairs(sign, 3 * N_UPDATES)
    stream[0] = (stream[0][0], 1 - stream[0][1])  # a loop that trains on the first sequence only learns it wrong
    model = student.FullyRecurrentNetwork(1, HIDDEN, 1)
    with channel.replaced(student, generate_data=channel.iterator_factory(student, stream)):
        losses = np.ravel(np.asarray(student.train(model, 1, ETA, N_UPDATES), dtype=float))
    assert losses.shape == (N_UPDATES,), \
        f"train(model, 1, {ETA}, {N_UPDATES}) should return {N_UPDATES} losses, got {losses.shape[0]}"
    assert abs(losses[0] - np.log(2)) < 0.05 and losses[-20:].mean() < 0.1, \
        f"the losses should start near ln 2 = 0.693 and fall: got {losses[0]:.3f} first, " \
        f"{losses[-20:].mean():.3f} on average over the last 20 updates"
    weights = {name: np.asarray(getattr(model, name), dtype=float) for name in "WRV"}
    final = [loss(**weights, x=np.array([[sign]]), y=1.0), loss(**weights, x=np.array([[-sign]]), y=0.0)]
    assert max(final) < 0.1, \
        f"trained on {N_UPDATES} sequences of generate_data(1) that follow {rule}, the model should " \
        f"follow it (loss below 0.1), but has the losses {final[0]:.3f} (class 1) and {final[1]:.3f} " \
        f"(class 2): does train take a new sequence from one generate_data(T) stream for every update?"


def test_accuracy_counts_correct_predictions(student):
    weights = order_one_weights(32, 1, 4, 1)
    x = np.random.default_rng(33).normal(size=(400, 3, 1))
    data = [(x_n, np.array([float(x_n[0, 0] + x_n[2, 0] > 0)])) for x_n in x]  # the model gets some right
    z = np.array([weights["V"] @ activations(weights["W"], weights["R"], x)[-1] for x, _ in data])[:, 0]
    expected = np.mean((z > 0) == (np.array([y[0] for _, y in data]) == 1))
    got = student.accuracy(network(student, weights), data)
    assert np.size(got) == 1 and abs(float(np.ravel(got)[0]) - expected) < 1e-9, \
        f"accuracy should be the fraction of pairs whose class the model predicts (z(T) > 0 for y = 1): " \
        f"expected {expected:.4f} on 400 pairs, got {got!r}"
