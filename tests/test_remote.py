"""The channel between hidden tests and a notebook carries plain data only."""

import itertools
import shutil
import time

import nbformat
import networkx as nx
import numpy as np
import pytest

from rnncourse import channel
from rnncourse.judging import execution


class AlwaysEqual:
    def __eq__(self, other):
        return True


class FakeArray(np.ndarray):
    def __eq__(self, other):
        return np.ones(self.shape, bool)


def notebook():
    def graph():
        g = nx.DiGraph()
        g.add_edge("a(1)", "z(1)", label="V")
        return g

    class Model:
        def __init__(self):
            self.W = np.zeros((2, 1))

        def total(self):
            return float(self.W.sum())

    def fail():
        raise ValueError("nope")

    return dict(
        double=lambda x: 2 * x, graph=graph, Model=Model, fail=fail,
        always_equal=AlwaysEqual, fake_array=lambda: np.zeros(3).view(FakeArray),
        objects=lambda: np.array([AlwaysEqual()], dtype=object),
        counter=lambda: itertools.count(), pair=lambda: (np.float64(1.5), [1, "b"], {"k": None}))


@pytest.fixture
def student():
    return channel.in_process(notebook())


def test_arrays_and_scalars_come_back_as_real_numpy_data(student):
    out = student.double(np.arange(3.0))
    assert type(out) is np.ndarray and out.tolist() == [0.0, 2.0, 4.0]
    number, items, mapping = student.pair()
    assert isinstance(number, float) and number == 1.5
    assert items == [1, "b"] and mapping == {"k": None}


def test_objects_stay_behind_as_references_that_equal_nothing(student):
    value = student.always_equal()
    assert isinstance(value, channel.Remote)
    assert value != 5 and not (value == value._id)


def test_array_subclasses_lose_their_overrides(student):
    out = student.fake_array()
    assert type(out) is np.ndarray and not (out == 1).any()


def test_object_arrays_are_refused(student):
    value = student.objects()
    assert isinstance(value, channel.Remote), "an object array must not cross as data"


def test_attributes_and_methods_of_notebook_objects(student):
    model = student.Model()
    model.W = np.ones((2, 1))
    assert model.total() == 2.0
    assert model.W.shape == (2, 1)
    model.backward = channel.attribute_setter(model, W=np.full((2, 1), 3.0))
    model.backward()
    assert model.total() == 6.0


def test_iterators_and_replacing_globals(student):
    counter = student.counter()
    assert channel.take(counter, 3) == [0, 1, 2] and next(counter) == 3
    student.data = channel.iterator_factory(student, [(np.ones(1), 1.0)])
    assert [y for _, y in student.data()] == [1.0]


def halve(x):
    return np.asarray(x) / 2


def minus_one(self):
    return -1.0


def test_course_functions_stand_in_until_the_block_ends(student):
    model = student.Model()
    with pytest.raises(RuntimeError, match="a failing test"):
        with channel.replaced(student, double=halve, missing=halve), channel.replaced(student.Model, total=minus_one):
            assert student.double(4.0) == 2.0 and student.missing(2.0) == 1.0
            assert model.total() == -1.0
            raise RuntimeError("a failing test")
    assert student.double(4.0) == 8.0 and model.total() == 0.0, "the notebook's own functions come back"
    with pytest.raises(channel.StudentError, match="not defined"):
        student.missing


def test_graphs_are_rebuilt_in_the_grader(student):
    g = student.graph()
    assert isinstance(g, nx.DiGraph) and g.edges["a(1)", "z(1)"]["label"] == "V"


def test_errors_and_missing_names_raise_student_error(student):
    with pytest.raises(channel.StudentError, match="ValueError: nope"):
        student.fail()
    with pytest.raises(channel.StudentError, match="not defined"):
        student.no_such_function


# ---------------------------------------------------------------- over a sandboxed kernel

KERNEL_CODE = """
import time
def double(x): return 2 * x
def loop():
    while True: time.sleep(0.01)
def ask(): return input("your name? ")
def _gone(*args, **kwargs): raise SystemExit("gone")
def end_the_endpoint(): get_ipython().kernel._input_request = _gone
"""


@pytest.fixture
def kernel_student():
    """A Student over a sandboxed kernel that ran KERNEL_CODE, with a 3-second call timeout."""
    if shutil.which("bwrap") is None:
        pytest.skip("bubblewrap is not installed")
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(KERNEL_CODE)])
    with execution.executed(nb, call_timeout=3) as (_, student):
        yield student


def test_a_call_that_runs_too_long_is_interrupted_and_the_next_call_is_answered(kernel_student):
    with pytest.raises(channel.StudentTimeout, match="interrupted"):
        kernel_student.loop()
    assert kernel_student.double(21) == 42, "the call after an interrupted one must be answered"


def test_input_in_student_code_reads_an_empty_line(kernel_student):
    assert kernel_student.ask() == "", "the student's own input() must not disturb the grader's requests"
    assert kernel_student.double(1.5) == 3.0


def test_a_notebook_that_ends_the_grader_endpoint_fails_at_once(kernel_student):
    start = time.monotonic()
    with pytest.raises(channel.StudentError, match="stopped answering the grader"):
        kernel_student.end_the_endpoint()  # its answer cannot go out any more
    with pytest.raises(channel.StudentError, match="stopped answering the grader"):
        kernel_student.double(2)
    assert time.monotonic() - start < 3, "a dead endpoint must fail the calls without waiting for their timeout"
