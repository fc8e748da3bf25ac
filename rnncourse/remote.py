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
either in this process (`in_process`) or in a Jupyter kernel (`in_kernel`).
"""

import base64
import contextlib
import inspect
import json
import queue
import textwrap
import time
from pathlib import Path

import networkx as nx
import numpy as np

from .endpoint import NUMERIC_KINDS, Endpoint

ENDPOINT_SOURCE = (Path(__file__).parent / "endpoint.py").read_text()
ENDPOINT_NAME = "__rnncourse_endpoint__"


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


class InProcessTransport:
    def __init__(self, namespace):
        self.endpoint = Endpoint(namespace)

    def request(self, payload):
        return self.endpoint.handle(payload)


def in_process(namespace):
    """A Student over a namespace in this process (a notebook's globals(), say)."""
    return Student(InProcessTransport(namespace))


def _error(content):
    """What an execute reply of a failed cell says: "<exception type>: <message>"."""
    return f"{content.get('ename', 'Error')}: {content.get('evalue', '')}".rstrip(": ")


class KernelTransport:
    """Requests answered by the endpoint inside a running Jupyter kernel.

    The endpoint serves in one long cell execution (`Endpoint.serve`): each request goes to
    the kernel as the reply to an input() of that cell, and comes back as the prompt of the
    next one, over Jupyter's stdin channel (four times quicker than a cell execution per
    request). Requests and answers are numbered, so that neither the prompt of an input() in
    student code nor an answer that came too late is taken for the answer to a request.
    """

    def __init__(self, client, timeout=30, interrupt=None):
        self.client, self.timeout, self.interrupt = client, timeout, interrupt
        self.dead = None
        self.number = 0
        install = (f"exec(compile({ENDPOINT_SOURCE!r}, '<grader endpoint>', 'exec'), _ns := {{}}); "
                   f"{ENDPOINT_NAME} = _ns['Endpoint'](globals()); del _ns")
        self._run(install)
        self.serving = client.execute(f"{ENDPOINT_NAME}.serve()", silent=True, store_history=False,
                                      allow_stdin=True)
        if self._prompt(lambda prompt: prompt == "", timeout) is None:
            raise StudentError(self._stop(f"the grader's endpoint did not start within {timeout} s"))

    def request(self, payload):
        if self.dead:
            raise StudentError(self.dead)
        self.number += 1
        request = f"{self.number} {payload}"
        self.client.input(request)
        answer = self._answer(request, self.timeout)
        if answer is not None:
            return answer
        if self.interrupt:
            self.interrupt()
            answer = self._answer(request, min(self.timeout, 5))
            if answer is not None:
                if '"KeyboardInterrupt"' not in answer:  # it answered before the interrupt came, which
                    self._prompt(lambda prompt: prompt == "", 1)  # must land now, not in the next request
                raise StudentTimeout(f"did not finish within {self.timeout} s and was interrupted")
        raise StudentTimeout(self._no_reply())

    def _answer(self, request, timeout):
        """The answer to `request`, or None when none came within `timeout` seconds."""
        head = request.partition(" ")[0] + " "
        while True:
            prompt = self._prompt(lambda prompt: prompt == "" or prompt.startswith(head), timeout)
            if prompt is None:
                return None
            if prompt.startswith(head):
                return prompt[len(head):]
            self.client.input(request)  # the endpoint asks again: the request was lost to an interrupt

    def _prompt(self, wanted, timeout):
        """The first prompt of an input() in the kernel that is `wanted`, or None after `timeout`
        seconds. Other input() calls (the student's own) read an empty line."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                message = self.client.get_stdin_msg(timeout=min(left, 0.5))
            except queue.Empty:
                self._check_serving()
                continue
            if message["msg_type"] != "input_request":
                continue
            prompt = message["content"].get("prompt", "")
            if wanted(prompt):
                return prompt
            self.client.input("")
        return None

    def _check_serving(self):
        """Raise StudentError if the cell that serves requests has ended."""
        while self.client.shell_channel.msg_ready():
            reply = self.client.get_shell_msg(timeout=1)
            if reply["parent_header"].get("msg_id") == self.serving:
                content = reply["content"]
                why = "its serving cell ended" if content.get("status") == "ok" else _error(content)
                raise StudentError(self._stop(f"the notebook stopped answering the grader ({why})"))

    def _stop(self, why):
        self.dead = why
        return why

    def _no_reply(self):
        return self._stop(f"the notebook stopped answering (no reply within {self.timeout} s)")

    def _run(self, code):
        """Execute code in the kernel (silently), waiting for its reply; StudentError if it fails."""
        msg_id = self.client.execute(code, silent=True, store_history=False)
        deadline = time.monotonic() + self.timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                reply = self.client.get_shell_msg(timeout=left)
            except queue.Empty:
                break
            if reply["parent_header"].get("msg_id") == msg_id:
                if reply["content"]["status"] != "ok":
                    raise StudentError(_error(reply["content"]))
                return
        raise StudentTimeout(self._no_reply())


def in_kernel(client, timeout=30, interrupt=None):
    """A Student over a Jupyter kernel that has run the notebook (a blocking client)."""
    return Student(KernelTransport(client, timeout=timeout, interrupt=interrupt))
