"""The grader's view of a student's notebook: call its functions, get plain data back.

Hidden tests receive a `Student` and use it like the notebook's namespace:

    loss = student.stable_bce(np.array([0.0, 1000.0]), 1.0)    # a real numpy array
    model = student.FullyRecurrentNetwork(1, 3, 1)             # a reference
    model.W = np.eye(3, 1)                                     # set in the notebook
    model.forward(x, y)                                        # a real float

Numbers, strings, numeric arrays, lists, tuples, dicts and networkx graphs are rebuilt
here from JSON, so a student's object never runs in the grader (an always-equal object
arrives as a `Remote` reference, which equals nothing). Errors raised by student code
arrive as `StudentError`. The other half, `endpoint.py`, runs next to the student's code,
either in this process (`in_process`) or in a Jupyter kernel (`in_kernel`), reached through a
transport (`transport.py`). Imports only rnncourse.channel.
"""

import base64
import contextlib
import inspect
import json
import textwrap

import networkx as nx
import numpy as np

from .endpoint import NUMERIC_KINDS


class StudentError(Exception):
    """The student's code raised an exception, or did not answer."""


class StudentTimeout(StudentError):
    """The student's code did not answer within the time allowed for one call."""


class Student:
    """The root of a student's notebook namespace; attributes are its global names."""

    def __init__(self, transport):
        object.__setattr__(self, "_transport", transport)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self._request(op="getattr", ref=0, name=name)

    def __setattr__(self, name, value):
        self._request(op="setattr", ref=0, name=name, value=value)

    def _request(self, **request):
        if "args" in request:
            request["args"] = [self._encode(a) for a in request["args"]]
            request["kwargs"] = {k: self._encode(v) for k, v in request["kwargs"].items()}
        if "value" in request:
            request["value"] = self._encode(request["value"])
        answer = json.loads(self._transport.request(json.dumps(request)))
        if "error" in answer:
            error = answer["error"]
            if error["type"] == "StopIteration":
                raise StopIteration
            raise StudentError(f"{error['type']}: {error['message']}")
        return self._decode(answer["ok"])

    def _encode(self, value):
        if isinstance(value, Remote):
            return {"t": "ref", "id": value._id}
        if isinstance(value, (np.ndarray, np.generic)):
            value = np.asarray(value)
            return {"t": "ndarray", "dtype": value.dtype.str, "shape": list(value.shape),
                    "data": base64.b64encode(np.ascontiguousarray(value).tobytes()).decode("ascii")}
        if isinstance(value, (list, tuple)):
            return {"t": type(value).__name__, "items": [self._encode(v) for v in value]}
        if isinstance(value, dict):
            return {"t": "dict", "items": {k: self._encode(v) for k, v in value.items()}}
        return value

    def _decode(self, data):
        if data is None or type(data) in (bool, int, float, str):
            return data
        kind = data["t"]
        if kind in ("ndarray", "scalar"):
            dtype = np.dtype(data["dtype"])
            if dtype.kind not in NUMERIC_KINDS:
                raise StudentError(f"returned an array of unsupported type {dtype}")
            array = np.frombuffer(base64.b64decode(data["data"]), dtype=dtype)
            array = array.reshape([int(n) for n in data["shape"]]).copy()
            return array if kind == "ndarray" else array[()]
        if kind in ("list", "tuple"):
            items = [self._decode(v) for v in data["items"]]
            return items if kind == "list" else tuple(items)
        if kind == "dict":
            return {str(k): self._decode(v) for k, v in data["items"].items()}
        if kind == "graph":
            return self._decode_graph(data)
        if kind == "ref":
            return Remote(self, int(data["id"]), str(data["type"]))
        raise StudentError(f"returned data of unknown kind {kind!r}")

    def _decode_graph(self, data):
        graph = nx.DiGraph() if data["directed"] else nx.Graph()
        for node, attrs in data["nodes"]:
            graph.add_node(_hashable(self._decode(node)), **self._decode(attrs))
        for u, v, attrs in data["edges"]:
            graph.add_edge(_hashable(self._decode(u)), _hashable(self._decode(v)), **self._decode(attrs))
        return graph


def _hashable(value):
    return tuple(_hashable(v) for v in value) if isinstance(value, list) else value


class Remote:
    """A reference to an object that lives next to the student's code."""

    __slots__ = ("_student", "_id", "_type")

    def __init__(self, student, ref, type_name):
        object.__setattr__(self, "_student", student)
        object.__setattr__(self, "_id", ref)
        object.__setattr__(self, "_type", type_name)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self._student._request(op="getattr", ref=self._id, name=name)

    def __setattr__(self, name, value):
        self._student._request(op="setattr", ref=self._id, name=name, value=value)

    def __call__(self, *args, **kwargs):
        return self._student._request(op="call", ref=self._id, args=args, kwargs=kwargs)

    def __iter__(self):
        return self

    def __next__(self):
        return self._student._request(op="next", ref=self._id)

    def __repr__(self):
        return f"<{self._type} object from the notebook>"


def take(iterator, n):
    """The next n items of a student's iterator, fetched in one round trip."""
    if not isinstance(iterator, Remote):
        raise StudentError(f"expected an iterator, got {type(iterator).__name__}")
    return iterator._student._request(op="take", ref=iterator._id, n=int(n))


def attribute_setter(obj, **values):
    """A function in the notebook that, when called, sets `values` as attributes of obj."""
    return obj._student._request(op="setter", ref=obj._id, args=[], kwargs=values)


def iterator_factory(student, items):
    """A function in the notebook returning a fresh iterator over items at every call
    (to stand in for a generator function such as generate_data: `student.generate_data = ...`)."""
    return student._request(op="iterator_factory", ref=0, value=list(items))


def course_function(student, function):
    """The grader's Python function compiled in the notebook from its source (it may use np only)."""
    source = textwrap.dedent(inspect.getsource(function))
    return student._request(op="define", ref=0, name=function.__name__, value=source)


@contextlib.contextmanager
def replaced(target, **values):
    """Within the block, target.<name> (a global name of the notebook, or an attribute of an object
    in it such as a class) is values[name]; a Python function is sent as its source and compiled
    there (`course_function`). Afterwards the notebook's own values come back, names it did not
    have are removed, also when the block fails. Hidden tests use it to judge one function with
    the course's versions of the others it calls."""
    student, ref = (target, 0) if isinstance(target, Student) else (target._student, target._id)
    originals = {}
    try:
        for name, value in values.items():
            try:
                originals[name] = (True, getattr(target, name))
            except StudentError:
                originals[name] = (False, None)
            setattr(target, name, course_function(student, value) if inspect.isfunction(value) else value)
        yield
    finally:
        for name, (present, original) in originals.items():
            if present:
                setattr(target, name, original)
            else:
                student._request(op="delattr", ref=ref, name=name)
