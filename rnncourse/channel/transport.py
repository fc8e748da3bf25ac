"""How the grader's requests reach the endpoint and its answers come back: in this process
(`in_process`, for a master notebook run in Jupyter) or over a Jupyter kernel's stdin channel
(`in_kernel`, for a sandboxed grading kernel). Imports only rnncourse.channel.
"""

import queue
import time
from pathlib import Path

from .endpoint import Endpoint
from .student import Student, StudentError, StudentTimeout

ENDPOINT_SOURCE = (Path(__file__).parent / "endpoint.py").read_text()
ENDPOINT_NAME = "__rnncourse_endpoint__"


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
