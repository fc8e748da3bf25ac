"""nbgrader preprocessors that grade untrusted notebooks and fail closed.

`nbgrader autograde` first sanitizes a submission (restores locked and test cells from
the gradebook, re-adds deleted ones); `DropDuplicateGradeCells` runs among those steps so
that a pasted copy of a graded cell cannot abort the whole class's run. Then, in place of
nbgrader's `Execute`, `GradeInSandbox`:

1. executes the notebook without its hidden-test regions in a kernel inside a sandbox
   (`sandbox.py`: no network, no course directory, bounded memory, processes and time);
2. runs the hidden tests of every autograded test cell in this process, talking to the
   still-running kernel through `remote.Student` (`hidden.run`);
3. replaces each test cell's outputs with the grader's verdict: a stdout report when the
   hidden tests recorded a pass and the cell's visible tests raised nothing in the kernel,
   an error output otherwise, so nbgrader's `SaveAutoGrades` scores the cell 0.

Nothing the student's kernel prints can pass a test cell; only the grader's record can.
"""

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

import nbformat
from jupyter_client import AsyncKernelManager
from jupyter_core.utils import run_sync
from nbclient.exceptions import DeadKernelError
from nbgrader import utils
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from traitlets import Bool, Float, Integer

from . import execution, hidden, remote
from .hidden import CellVerdict, Outcome
from .sandbox import Limits, Sandbox

VERDICT_ERROR = "HiddenTestsFailed"


class DropDuplicateGradeCells(NbGraderPreprocessor):
    """Keep the first cell with each grade id; later copies are dropped with a warning.

    nbgrader's own DeduplicateIds keeps the last copy and empties the metadata of the
    others, which makes CheckCellMetadata abort the run for every student after this one.
    """

    def preprocess(self, nb, resources):
        seen, kept = set(), []
        for cell in nb.cells:
            grade_id = _grade_id(cell)
            if grade_id is not None and grade_id in seen:
                self.log.warning("Dropping a copy of the graded cell '%s'", grade_id)
                continue
            seen.add(grade_id)
            kept.append(cell)
        nb.cells = kept
        return nb, resources


def _grade_id(cell):
    if utils.is_grade(cell) or utils.is_solution(cell) or utils.is_locked(cell):
        return cell.metadata.nbgrader.get("grade_id")
    return None


def autograded_tests(nb):
    """{grade_id: (cell index, points)} of the notebook's autograded test cells."""
    return {cell.metadata.nbgrader["grade_id"]: (index, float(cell.metadata.nbgrader["points"]))
            for index, cell in enumerate(nb.cells)
            if cell.cell_type == "code" and utils.is_grade(cell) and not utils.is_solution(cell)}


class GradeInSandbox(Execute):
    """Execute the notebook in a sandboxed kernel, then let the hidden tests decide."""

    sandboxed = Bool(True, help="Run the kernel inside bubblewrap (only benchmarks turn this off)").tag(config=True)
    call_timeout = Integer(30, help="Seconds a hidden test waits for one call into the notebook").tag(config=True)
    wall_timeout = Float(Limits.wall_seconds, help="Seconds before the kernel is killed, hidden tests included").tag(config=True)
    memory_limit = Integer(Limits.memory_bytes, help="Address space of each sandboxed process, bytes").tag(config=True)
    process_limit = Integer(Limits.processes, help="Processes and threads in the sandbox").tag(config=True)

    def preprocess(self, nb, resources):
        tests = autograded_tests(nb)
        runnable = execution.without_hidden_tests(nb)
        start = time.perf_counter()
        with self._kernel(resources) as (km, working_copy):
            failure = self._execute(runnable, resources, km, working_copy)
            executed = time.perf_counter()
            verdicts = self._verdicts(resources["nbgrader"]["assignment"], list(tests), km, failure)
        self.log.info("Graded in %.1f s (notebook %.1f s, hidden tests and shutdown %.1f s)",
                      time.perf_counter() - start, executed - start, time.perf_counter() - executed)
        for original, executed in zip(nb.cells, runnable.cells):
            if original.cell_type == "code":
                original.outputs, original.execution_count = executed.outputs, executed.execution_count
        for grade_id, (index, points) in tests.items():
            verdict = with_visible_tests(verdicts[grade_id], runnable.cells[index])
            nb.cells[index].outputs = [verdict_output(verdict, points)]
        return nb, resources

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
            yield AsyncKernelManager(kernel_name="python3"), work

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
                transport = OneTimeoutPerCell(execution.connect(km, timeout=self.call_timeout)._transport)
                try:
                    return hidden.run(assignment, remote.Student(transport), grade_ids)
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
            raise remote.StudentTimeout("not tried: an earlier call for this cell did not finish in time")
        try:
            return self.transport.request(payload)
        except remote.StudentTimeout:
            self.timed_out.add(cell)
            raise


def _current_test_module():
    """The hidden-test module pytest is running (pytest sets PYTEST_CURRENT_TEST)."""
    return os.environ.get("PYTEST_CURRENT_TEST", "").split("::")[0]


def _stop_reason(km, error):
    if getattr(km, "out_of_time", False):
        return f"the notebook ran longer than {km.sandbox.limits.wall_seconds:g} s and was stopped"
    if isinstance(error, DeadKernelError):
        return "the notebook's kernel died (did your code exit, crash or run out of memory?)"
    return f"the notebook's kernel stopped answering properly ({type(error).__name__}: {error})"


def with_visible_tests(verdict, executed_cell):
    """The verdict, failed as well when the cell's visible tests raised in the kernel."""
    errors = [o for o in executed_cell.get("outputs", []) if o.output_type == "error"]
    if not errors:
        return verdict
    message = f"{errors[0].ename}: {errors[0].evalue}".strip()
    return CellVerdict(verdict.grade_id, [*verdict.results, Outcome("visible tests", False, message)])


def verdict_output(verdict, points):
    """The only output of a test cell: nbgrader gives full points to a stdout stream and
    zero to an error."""
    report = verdict.report(points)
    if verdict.passed:
        return nbformat.v4.new_output("stream", name="stdout", text=report + "\n")
    summary = report.splitlines()[0]
    return nbformat.v4.new_output("error", ename=VERDICT_ERROR, evalue=summary,
                                  traceback=report.splitlines())
