"""Run an assignment's hidden tests against a student's notebook and decide each cell.

The hidden tests of the test cell `grade_id` in assignment `a` are the pytest tests in
`tests/hidden/a/<grade_id>.py`. They receive the notebook through the `student` fixture
(a `rnncourse.channel.Student`). The verdict is decided here, in the grader's process: a cell passes
only when pytest recorded at least one hidden test for it and every one of them passed. The
cell's visible tests are reported but decide nothing: they may call other graded functions,
whose mistakes must cost only their own cells, and every check they make is a hidden test too.

Partial credit is the instructor's choice, per test: `@pytest.mark.points(0.5)` on a hidden
test makes its cell earn the points of its passed tests (capped by the cell's points).
A cell without such markers is all or nothing. Imports rnncourse.channel and rnncourse.common.
"""

import contextlib
import io
import os
from collections import defaultdict
from pathlib import Path

import pytest

from .. import channel
from ..common.coursedir import ROOT
from .verdicts import CellVerdict, Outcome

COURSE_ROOT = Path(os.environ.get("RNNCOURSE_ROOT", ROOT))
HIDDEN_TESTS = COURSE_ROOT / "tests" / "hidden"


POINTS_MARKER = "points(value): the points a passed hidden test earns; its cell earns the sum, capped by the cell's points"


class HiddenTestSession:
    """A pytest plugin that hands out the Student and records every outcome."""

    def __init__(self, student):
        self.student = student
        self.verdicts = defaultdict(lambda: CellVerdict(""))

    def pytest_configure(self, config):
        config.addinivalue_line("markers", POINTS_MARKER)

    def _verdict(self, path):
        grade_id = Path(path).stem
        verdict = self.verdicts[grade_id]
        verdict.grade_id = grade_id
        return verdict

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item, call):
        outcome = yield
        report = outcome.get_result()
        if report.when == "call" or report.failed:
            self._verdict(item.path).results.append(Outcome(
                item.name, report.passed, _message(call.excinfo) if report.failed else "", _points(item)))

    @pytest.hookimpl(hookwrapper=True)
    def pytest_make_collect_report(self, collector):
        report = (yield).get_result()
        if report.failed:
            self._verdict(collector.path).results.append(
                Outcome("loading the hidden tests", False, "the hidden tests could not be loaded"))


def _points(item):
    """The points of @pytest.mark.points(value) on a test, or None."""
    marker = item.get_closest_marker("points")
    if marker is None:
        return None
    value = float(marker.args[0]) if marker.args else float(marker.kwargs.get("value", "nan"))
    if not value >= 0:
        raise ValueError(f"{item.nodeid}: write @pytest.mark.points(v) with a number v >= 0")
    return value


def _message(excinfo):
    if excinfo is None:
        return ""
    error = excinfo.value
    if isinstance(error, AssertionError):
        return str(error) or "an assertion without a message failed"
    if isinstance(error, channel.StudentError):
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
            "-p", "no:cacheprovider", "-p", "no:terminal", "-p", "no:unraisableexception", "--disable-plugin-autoload",
            "--assert=plain", "--capture=sys",
            "--continue-on-collection-errors",
            f"--rootdir={COURSE_ROOT}", f"--confcutdir={HIDDEN_TESTS}", "-o", "addopts=",
            "-W", "ignore"]
        with contextlib.redirect_stdout(io.StringIO()):
            pytest.main(args, plugins=[session])
    return {g: session.verdicts[g] if g in session.verdicts else CellVerdict(g) for g in grade_ids}


def run_in_notebook(assignment, grade_id, namespace):
    """For the hidden-test region of a master notebook: check this cell from inside Jupyter."""
    verdict = run(assignment, channel.in_process(namespace), [grade_id])[grade_id]
    if not verdict.passed:
        raise AssertionError(verdict.report())
    print(verdict.report())
