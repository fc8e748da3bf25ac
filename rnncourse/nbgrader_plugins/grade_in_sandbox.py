"""The nbgrader preprocessor that grades an untrusted notebook and fails closed.

In place of nbgrader's `Execute`, `GradeInSandbox`:

1. executes the notebook without its hidden-test regions in a kernel inside a sandbox
   (rnncourse.sandbox: no network, no course directory, bounded memory, processes and time);
2. runs the hidden tests of every autograded test cell in this process, talking to the
   still-running kernel through the channel (rnncourse.judging.run);
3. replaces each test cell's outputs with the grader's verdict (`verdict_cells`).

A kernel that dies while the notebook runs costs only the cell that killed it: the notebook
runs again without that cell (`GradeInSandbox.reruns`).

Nothing the student's kernel prints can pass a test cell; only the grader's record can.
Imports rnncourse.judging, rnncourse.channel and rnncourse.sandbox.
"""

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

import nbformat
from jupyter_core.utils import run_sync
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbgrader.preprocessors import Execute
from traitlets import Bool, Float, Integer

from .. import channel
from ..judging import execution, runner
from ..judging.verdicts import CellVerdict, Outcome
from ..sandbox import Limits, Sandbox, UnsandboxedGradingKernelManager
from .cells import autograded_tests
from .verdict_cells import (
    describe_cell,
    neutral_names,
    neutral_output,
    verdict_outputs,
    with_visible_tests,
)

STOPPED_ANSWERING = "it ran past the time limit of a cell and the kernel did not answer the interrupt"


class GradeInSandbox(Execute):
    """Execute the notebook in a sandboxed kernel, then let the hidden tests decide.

    When the kernel dies or stops answering while the notebook runs (not when its wall time
    runs out), the notebook runs again in a fresh sandbox without the cell that was running,
    at most `reruns` times, so that correct functions keep their points; every verdict names
    the skipped cells and why. Before the hidden tests run, every process in the sandbox but
    the kernel is killed from outside. One submission thus costs at most
    (reruns + 1) x wall_timeout seconds, plus about a second per sandbox set up and removed:
    with the course's configuration (reruns 2, wall_timeout 900 s) 45 minutes.
    """

    sandboxed = Bool(True, help="Run the kernel inside bubblewrap (only benchmarks turn this off)").tag(config=True)
    call_timeout = Integer(30, help="Seconds a hidden test waits for one call into the notebook").tag(config=True)
    wall_timeout = Float(Limits.wall_seconds, help="Seconds before the kernel is killed, hidden tests included").tag(config=True)
    memory_limit = Integer(Limits.memory_bytes, help="Address space of each sandboxed process, bytes").tag(config=True)
    process_limit = Integer(Limits.processes, help="Processes and threads in the sandbox").tag(config=True)
    reruns = Integer(2, help="Times the notebook runs again without a cell that killed its kernel").tag(config=True)

    def preprocess(self, nb, resources):
        tests = autograded_tests(nb)
        skipped = {}  # cell index: why the grader skipped it
        for attempt in range(self.reruns + 1):
            runnable = execution.without_hidden_tests(nb)
            for index in skipped:
                runnable.cells[index].source = ""
            verdicts, culprit, names = self._grade(runnable, resources, list(tests))
            if culprit is None or culprit[0] in skipped or attempt == self.reruns:
                break
            skipped[culprit[0]] = culprit[1]
        for original, executed in zip(nb.cells, runnable.cells):
            if original.cell_type == "code":
                original.outputs = [neutral_output(o, names) for o in executed.outputs]
                original.execution_count = executed.execution_count
        notes = [f"the grader skipped {describe_cell(nb.cells[i], i)}: {why}; the notebook ran again without it"
                 for i, why in skipped.items()]
        if culprit is not None and skipped:
            notes.append(f"{describe_cell(nb.cells[culprit[0]], culprit[0])} stopped the notebook too: the grader "
                         f"runs a notebook at most {self.reruns + 1} times")
        for index, why in skipped.items():
            nb.cells[index].outputs = [nbformat.v4.new_output(
                "stream", name="stdout", text=f"The grader skipped this cell: {why}.\n")]
        for grade_id, (index, points) in tests.items():
            verdict = with_visible_tests(verdicts[grade_id], runnable.cells[index], skipped.get(index))
            verdict.notes = notes
            nb.cells[index].outputs = [neutral_output(o, names) for o in verdict_outputs(verdict, points)]
        return nb, resources

    def _grade(self, runnable, resources, grade_ids):
        """Run the notebook once and its hidden tests if it ran to the end: (verdicts, the
        (cell index, reason) that killed the kernel or None, {path: neutral name})."""
        start = time.perf_counter()
        self._running = None
        with self._kernel(resources) as (km, working_copy):
            failure = self._execute(runnable, resources, km, working_copy)
            culprit = None
            if failure is not None and not getattr(km, "out_of_time", False) and self._running is not None:
                culprit = (self._running, failure)
            executed = time.perf_counter()
            verdicts = self._verdicts(resources["nbgrader"]["assignment"], grade_ids, km, failure)
        self.log.info("Graded in %.1f s (notebook %.1f s, hidden tests and shutdown %.1f s)",
                      time.perf_counter() - start, executed - start, time.perf_counter() - executed)
        return verdicts, culprit, neutral_names(working_copy)

    def preprocess_cell(self, cell, resources, index, **kwargs):
        self._running = index
        cell, resources = super().preprocess_cell(cell, resources, index, **kwargs)
        timed_out = any(o.get("ename") == self.error_on_timeout["ename"] for o in cell.get("outputs", []))
        if timed_out and not self._kernel_answers():
            raise KernelStoppedAnswering(STOPPED_ANSWERING)
        return cell, resources

    def _kernel_answers(self):
        """Whether the kernel answers a request within a cell's time (at least 10 s)."""
        try:
            run_sync(self.kc.kernel_info)(reply=True, timeout=max(self.timeout or 0, 10))
        except Exception:  # no answer in time, or no kernel any more
            return False
        return True

    @contextlib.contextmanager
    def _kernel(self, resources):
        """A kernel manager (not started) and the working copy its kernel will run in."""
        folder = resources.get("metadata", {}).get("path") or None
        if self.sandboxed:
            limits = Limits(memory_bytes=self.memory_limit, processes=self.process_limit,
                            wall_seconds=self.wall_timeout)
            with Sandbox(folder, limits) as box:
                yield box.kernel_manager(), box.work
            return
        with tempfile.TemporaryDirectory(prefix="rnnunsandboxed-") as scratch:
            work = Path(scratch) / "work"
            shutil.copytree(folder, work) if folder else work.mkdir()
            yield UnsandboxedGradingKernelManager(kernel_name="python3"), work

    def _execute(self, nb, resources, km, working_copy):
        """Run every cell; the reason why the kernel stopped early, or None."""
        run_resources = {**resources, "metadata": {**resources.get("metadata", {}), "path": str(working_copy)}}
        try:
            super().preprocess(nb, run_resources, km=km)
        except Exception as error:  # whatever the kernel does or sends fails this submission only
            last_words = km.sandbox.last_words() if self.sandboxed else ""
            self.log.warning("The notebook's kernel stopped (%s: %s)\n%s", type(error).__name__, error, last_words)
            return _stop_reason(km, error)
        return None

    def _verdicts(self, assignment, grade_ids, km, failure):
        try:
            if failure is None:
                if self.sandboxed:
                    km.end_other_processes()
                transport = OneTimeoutPerCell(execution.connect(km, timeout=self.call_timeout)._transport)
                try:
                    return runner.run(assignment, channel.Student(transport), grade_ids)
                finally:
                    transport.transport.client.stop_channels()
        except Exception as error:  # the kernel's answers cannot fail more than this submission
            self.log.warning("The notebook did not answer the grader (%s: %s)", type(error).__name__, error)
            failure = f"the notebook did not answer the grader ({error})"
        finally:
            self._shut_down(km)
        return {g: CellVerdict(g, [Outcome("running your notebook", False, failure)]) for g in grade_ids}

    def _shut_down(self, km):
        if self.kc is not None:
            self.kc.stop_channels()
        if km.has_kernel:
            run_sync(km.shutdown_kernel)(now=True)


class OneTimeoutPerCell:
    """A transport that, once a call for a test cell timed out, fails that cell's further
    calls at once: the cell has failed already (all or nothing), and every further call
    would wait out the whole timeout again."""

    def __init__(self, transport):
        self.transport, self.timed_out = transport, set()

    def request(self, payload):
        cell = _current_test_module()
        if cell in self.timed_out:
            raise channel.StudentTimeout("not tried: an earlier call for this cell did not finish in time")
        try:
            return self.transport.request(payload)
        except channel.StudentTimeout:
            self.timed_out.add(cell)
            raise


def _current_test_module():
    """The hidden-test module pytest is running (pytest sets PYTEST_CURRENT_TEST)."""
    return os.environ.get("PYTEST_CURRENT_TEST", "").split("::")[0]


class KernelStoppedAnswering(Exception):
    """The kernel is alive but no longer answers requests."""


def _stop_reason(km, error):
    if isinstance(error, KernelStoppedAnswering):
        return str(error)
    if getattr(km, "out_of_time", False):
        return f"the notebook ran longer than {km.sandbox.limits.wall_seconds:g} s and was stopped"
    if isinstance(error, DeadKernelError):
        return "the kernel died while it ran (did your code exit, crash or run out of memory?)"
    if isinstance(error, CellTimeoutError):
        return STOPPED_ANSWERING
    first_line = next(iter(str(error).splitlines()), "")
    return f"the notebook's kernel stopped answering properly ({type(error).__name__}: {first_line})"
