"""The half of the grader's remote calls that runs beside the student's code.

This file is sent as text into the student's kernel (it needs only the standard library
and numpy there). It answers one JSON request at a time: get or set an attribute, call,
advance an iterator. Results go back as plain JSON data; everything that is not plain
data stays here and is sent as a numbered reference. Nothing in this file is trusted by
the grader: student code can replace it, and can then only choose the values it returns.
(The word that starts Python's check statement must not appear in this file: an input
transformer of a hostile notebook blanks every cell containing it.) Imports nothing of rnncourse.
"""

import base64
import builtins
import itertools
import json

import numpy as np

NUMERIC_KINDS = "biufc"


class Endpoint:
    def __init__(self, namespace):
        self.namespace = namespace
        self.objects = {}

    def handle(self, request_json):
        try:
            request = json.loads(request_json)
            result = getattr(self, "op_" + request["op"])(request)
            return json.dumps({"ok": self.encode(result)})
        except BaseException as error:  # the student's code may raise anything
            return json.dumps({"error": {"type": type(error).__name__, "message": str(error)[:2000]}})

    def serve(self):
        """Answer requests until the kernel stops, in one cell execution with input() forwarded
        to the grader: a request "<number> <json>" is read with input(), and its answer goes
        out as "<number> <json>", the prompt of the next input(). The prompt "" asks for a
        request without answering one (at the start, and after an interrupt that came between
        two requests)."""
        read, answer = builtins.input, ""
        while True:
            try:
                number, _, request = read(answer).partition(" ")
            except KeyboardInterrupt:
                answer = ""
                continue
            except EOFError:
                return
            if not number.isdigit():
                answer = ""
                continue
            try:
                answer = f"{number} {self.handle(request)}"
            except BaseException as error:  # an interrupt that came after the student's code returned
                answer = f"{number} " + json.dumps({"error": {"type": type(error).__name__, "message": ""}})

    # operations

    def target(self, request):
        return self.objects[request["ref"]] if request["ref"] else None

    def op_getattr(self, request):
        if not request["ref"]:
            if request["name"] not in self.namespace:
                raise NameError(f"name '{request['name']}' is not defined in the notebook")
            return self.namespace[request["name"]]
        return getattr(self.target(request), request["name"])

    def op_setattr(self, request):
        if not request["ref"]:
            self.namespace[request["name"]] = self.decode(request["value"])
        else:
            setattr(self.target(request), request["name"], self.decode(request["value"]))

    def op_delattr(self, request):
        if not request["ref"]:
            self.namespace.pop(request["name"], None)
        else:
            delattr(self.target(request), request["name"])

    def op_call(self, request):
        args = [self.decode(a) for a in request["args"]]
        kwargs = {k: self.decode(v) for k, v in request["kwargs"].items()}
        return self.target(request)(*args, **kwargs)

    def op_next(self, request):
        return next(self.target(request))

    def op_take(self, request):
        return list(itertools.islice(self.target(request), request["n"]))

    def op_setter(self, request):
        """A function of no arguments that sets the given attributes on an object."""
        obj = self.target(request)
        values = {k: self.decode(v) for k, v in request["kwargs"].items()}

        def set_attributes(*args, **kwargs):
            for name, value in values.items():
                setattr(obj, name, np.array(value, copy=True))

        return set_attributes

    def op_define(self, request):
        """The function `name` compiled from the grader's source (a reference solution; numpy as np)."""
        namespace = {"np": np}
        exec(compile(request["value"], f"<course reference {request['name']}>", "exec"), namespace)
        return namespace[request["name"]]

    def op_iterator_factory(self, request):
        """A function that returns a fresh iterator over the given items at every call."""
        items = self.decode(request["value"])
        return lambda *args, **kwargs: iter(list(items))

    # plain data

    def encode(self, value):
        if value is None or isinstance(value, (bool, int, float, str)):
            return value
        if isinstance(value, (np.ndarray, np.generic)) and value.dtype.kind in NUMERIC_KINDS:
            array = np.ascontiguousarray(value)
            return {"t": "ndarray" if isinstance(value, np.ndarray) else "scalar",
                    "dtype": array.dtype.str, "shape": list(array.shape),
                    "data": base64.b64encode(array.tobytes()).decode("ascii")}
        if type(value) in (list, tuple):
            return {"t": type(value).__name__, "items": [self.encode(v) for v in value]}
        if type(value) is dict and all(isinstance(k, str) for k in value):
            return {"t": "dict", "items": {k: self.encode(v) for k, v in value.items()}}
        if type(value).__module__.startswith("networkx.") and hasattr(value, "is_directed"):
            return {"t": "graph", "directed": bool(value.is_directed()),
                    "nodes": [[self.encode(n), self.encode(dict(a))] for n, a in value.nodes(data=True)],
                    "edges": [[self.encode(u), self.encode(v), self.encode(dict(a))]
                              for u, v, a in value.edges(data=True)]}
        self.objects[len(self.objects) + 1] = value
        return {"t": "ref", "id": len(self.objects), "type": type(value).__name__,
                "callable": callable(value)}

    def decode(self, data):
        if not isinstance(data, dict):
            return data
        if data["t"] == "ref":
            return self.objects[data["id"]]
        if data["t"] == "ndarray":
            raw = base64.b64decode(data["data"])
            return np.frombuffer(raw, dtype=np.dtype(data["dtype"])).reshape(data["shape"]).copy()
        if data["t"] in ("list", "tuple"):
            items = [self.decode(v) for v in data["items"]]
            return items if data["t"] == "list" else tuple(items)
        if data["t"] == "dict":
            return {k: self.decode(v) for k, v in data["items"].items()}
        raise ValueError(f"cannot decode {data['t']!r}")
