"""Run an assignment's hidden tests against a student's notebook and decide each cell.

The hidden tests of the test cell `grade_id` in assignment `a` are the pytest tests in
`tests/hidden/a/<grade_id>.py`. They receive the notebook through the `student` fixture
(a `remote.Student`). The verdict is decided here, in the grader's process: a cell passes
only when pytest recorded at least one test for it and every one of them passed.
"""

import contextlib
import io
import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from . import remote

COURSE_ROOT = Path(os.environ.get("RNNCOURSE_ROOT", Path(__file__).resolve().parent.parent))
HIDDEN_TESTS = COURSE_ROOT / "tests" / "hidden"


@dataclass
class Outcome:
    name: str
    passed: bool
    message: str = ""


@dataclass
class CellVerdict:
    grade_id: str
    results: list = field(default_factory=list)

    @property
    def passed(self):
        return bool(self.results) and all(r.passed for r in self.results)

    def report(self, points=None):
        """What the student sees: each test's name, outcome and message; never test code."""
        n_passed = sum(r.passed for r in self.results)
        score = f", {points if self.passed else 0:g} of {points:g} points" if points is not None else ""
        lines = [f"{self.grade_id}: {n_passed} of {len(self.results)} hidden tests passed{score}"]
        if not self.results:
            lines.append("  no hidden test reported a result for this cell")
        for r in self.results:
            lines.append(f"  {'PASSED' if r.passed else 'FAILED'} {r.name}")
            if r.message:
                lines.extend("      " + line for line in r.message.splitlines())
        return "\n".join(lines)


class HiddenTestSession:
    """A pytest plugin that hands out the Student and records every outcome."""

    def __init__(self, student):
        self.student = student
        self.verdicts = defaultdict(lambda: CellVerdict(""))

    def _verdict(self, nodeid):
        grade_id = Path(nodeid.split("::")[0]).stem
        verdict = self.verdicts[grade_id]
        verdict.grade_id = grade_id
        return verdict

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item, call):
        outcome = yield
        report = outcome.get_result()
        if report.when == "call" or report.failed:
            self._verdict(item.nodeid).results.append(
                Outcome(item.name, report.passed, _message(call.excinfo) if report.failed else ""))

    def pytest_collectreport(self, report):
        if report.failed:
            self._verdict(report.nodeid).results.append(
                Outcome("loading the hidden tests", False, "the hidden tests could not be loaded"))


def _message(excinfo):
    if excinfo is None:
        return ""
    error = excinfo.value
    if isinstance(error, AssertionError):
        return str(error) or "an assertion without a message failed"
    if isinstance(error, remote.StudentError):
        return f"your code raised {error}"
    return f"{type(error).__name__}: {error}"


def test_files(assignment, grade_ids=None):
    folder = HIDDEN_TESTS / assignment
    if not folder.is_dir():
        raise FileNotFoundError(f"no hidden tests for assignment '{assignment}' in {folder}")
    files = sorted(folder.glob("test_*.py"))
    if grade_ids is not None:
        files = [f for f in files if f.stem in set(grade_ids)]
    return files


def run(assignment, student, grade_ids):
    """Verdicts {grade_id: CellVerdict} for the given test cells; missing tests fail."""
    session = HiddenTestSession(student)
    files = test_files(assignment, grade_ids)
    if files:
        args = [str(f) for f in files] + [
            "-p", "no:cacheprovider", "-p", "no:terminal", "--assert=plain", "--capture=sys",
            f"--rootdir={COURSE_ROOT}", f"--confcutdir={HIDDEN_TESTS}", "-o", "addopts=",
            "-W", "ignore"]
        with contextlib.redirect_stdout(io.StringIO()):
            pytest.main(args, plugins=[session])
    return {g: session.verdicts[g] if g in session.verdicts else CellVerdict(g) for g in grade_ids}


def run_in_notebook(assignment, grade_id, namespace):
    """For the hidden-test region of a master notebook: check this cell from inside Jupyter."""
    verdict = run(assignment, remote.in_process(namespace), [grade_id])[grade_id]
    if not verdict.passed:
        raise AssertionError(verdict.report())
    print(verdict.report())
