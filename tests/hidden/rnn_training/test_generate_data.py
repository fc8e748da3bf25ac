"""generate_data(T): a seeded generator of the two-sequence problem."""

import numpy as np
import pytest

from rnncourse import channel

N = 5000  # samples for the statistics; a correct generator meets every tolerance by 5 sigma or more


def stream(student, T, n):
    generator = student.generate_data(T)
    assert isinstance(generator, channel.Remote), \
        f"generate_data({T}) should return a generator (use yield), got a {type(generator).__name__}"
    try:
        return channel.take(generator, n)
    except StopIteration:
        raise AssertionError(f"generate_data({T}) should yield sequences without end") from None


@pytest.fixture(scope="module")
def samples(student):
    items = stream(student, 3, N)
    assert len(items) == N, f"generate_data(3) stopped after {len(items)} sequences; it should not end"
    for item in items[:50]:
        assert isinstance(item, tuple) and len(item) == 2, f"each item should be a pair (x, y), got {item!r}"
    return np.array([np.ravel(x).astype(float) for x, _ in items]), [y for _, y in items]  # x as (N, T)


@pytest.mark.parametrize("T", [1, 3, 7])
def test_shapes(student, T):
    for x, y in stream(student, T, 20):
        assert np.shape(x) == (T, 1), f"generate_data({T}) should yield x of shape ({T}, 1), got {np.shape(x)}"
        assert np.shape(y) == (1,), f"y should be an array of shape (1,), got {y!r} of shape {np.shape(y)}"


def test_first_input_gives_the_class_and_label(samples):
    x, y = samples
    first, labels = x[:, 0], np.array([float(np.ravel(v)[0]) for v in y])
    assert set(np.unique(first)) <= {1.0, -1.0}, f"x(1) should be +1.0 or -1.0, got values such as {first[:5]}"
    assert set(np.unique(labels)) <= {0.0, 1.0}, \
        f"the labels should be 1.0 (class 1) and 0.0 (class 2), got the values {sorted(set(labels))[:5]}"
    wrong = np.flatnonzero(labels != (first == 1.0))
    assert not wrong.size, f"x(1) = +1 should come with y = 1.0 and x(1) = -1 with y = 0.0; " \
                           f"sequence {wrong[0]} has x(1) = {first[wrong[0]]}, y = {labels[wrong[0]]}"


def test_classes_are_equally_likely(samples):
    share = np.mean(samples[0][:, 0] == 1.0)
    assert abs(share - 0.5) < 0.04, f"each class should have probability 1/2; class 1 made up {share:.3f} " \
                                    f"of {N} sequences"


def test_noise_has_mean_0_and_variance_0_2(samples):
    noise = samples[0][:, 1:].ravel()
    assert abs(noise.mean()) < 0.03, f"the noise x(t), t > 1, should have mean 0, got {noise.mean():.4f}"
    assert abs(noise.var() - 0.2) < 0.02, \
        f"the noise x(t), t > 1, should have variance 0.2 (standard deviation {np.sqrt(0.2):.3f}), " \
        f"got variance {noise.var():.4f} (standard deviation {noise.std():.4f})"
    inside = np.mean(np.abs(noise) < np.sqrt(0.2))
    assert abs(inside - 0.6827) < 0.03, \
        f"the noise should be Gaussian: 68.3% of it within one standard deviation, got {inside:.1%}"


def test_sequences_differ(samples):
    distinct = len({x.tobytes() for x in samples[0]})
    assert distinct == N, f"{N} sequences should all differ, but only {distinct} are distinct: " \
                          f"is the random generator created anew for every sequence?"


def test_two_fresh_generators_yield_the_same_stream(student):
    first, second = stream(student, 4, 30), stream(student, 4, 30)
    same = all(np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1]) for a, b in zip(first, second))
    assert same, "two calls of generate_data(4) should yield the same sequences: seed the random " \
                 "generator with 0xDEADBEEF inside generate_data"
