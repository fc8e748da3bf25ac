"""Fair grading: partial credit chosen by the instructor, verdicts nbgrader scores as the grader
decided, neutral paths in feedback, and regrading that gives the same bytes.

(Kernels that die or hang are graded as far as possible: tests/test_hostile.py.)
"""

import filecmp
import re
import shutil
import sys

import nbformat
import pytest
from nbgrader.utils import determine_grade

from rnncourse import channel
from rnncourse.common.coursedir import Course
from rnncourse.judging import runner
from rnncourse.judging.verdicts import CellVerdict, Outcome
from rnncourse.nbgrader_plugins.verdict_cells import (
    neutral_names,
    neutral_output,
    verdict_outputs,
    with_visible_tests,
)
from rnncourse.sandbox import box as sandbox
from rnncourse.tooling import corpus, demo, release
from rnncourse.tooling.cli import grade
from tests.test_hostile import autograde_everyone, outputs, scores

ASSIGNMENT = "rnn_introduction"


def graded_cell(outputs_, points):
    cell = nbformat.v4.new_code_cell("")
    cell.metadata.nbgrader = {"grade": True, "solution": False, "locked": True, "points": points,
                              "grade_id": "test_f", "schema_version": 3}
    cell.outputs = outputs_
    return cell


def nbgrader_score(verdict, points):
    """What nbgrader's own scoring (SaveAutoGrades uses determine_grade) makes of the verdict."""
    return determine_grade(graded_cell(verdict_outputs(verdict, points), points))[0]


def passed(name, points=None):
    return Outcome(name, True, points=points)


def failed(name, points=None):
    return Outcome(name, False, "expected 1.0, got 2.0", points=points)


VISIBLE_FAILED = Outcome("visible tests", False, "AssertionError: wrong", visible=True)


@pytest.mark.parametrize("results, points, expected", [
    ([passed("a"), passed("b")], 2, 2.0),
    ([passed("a"), failed("b")], 2, 0.0),
    ([], 2, 0.0),
    ([passed("a"), passed("b"), VISIBLE_FAILED], 2, 2.0),           # the hidden tests decide
    ([passed("a", 0.5), failed("b", 1.0), passed("c", 0.25)], 2, 0.75),
    ([passed("a", 1.5), passed("b", 1.5)], 2, 2.0),               # capped by the cell's points
    ([failed("a", 1.0), failed("b", 1.0)], 2, 0.0),
    ([passed("a", 0.5), passed("unmarked"), VISIBLE_FAILED], 2, 0.5),  # only marked tests earn points
    ([Outcome("running your notebook", False, "the kernel died")], 2, 0.0),
], ids=["all passed", "one failed", "no result", "visible failed", "partial", "capped", "partial none",
        "partial with visible failure", "kernel died"])
def test_nbgrader_scores_the_verdict_as_the_grader_decided(results, points, expected):
    verdict = CellVerdict("test_f", results)
    assert verdict.score(points) == expected
    assert nbgrader_score(verdict, points) == expected, verdict_outputs(verdict, points)


def test_the_report_counts_hidden_tests_and_names_failed_visible_tests_apart():
    verdict = with_visible_tests(CellVerdict("test_f", [passed("a"), passed("b")]),
                                 graded_cell([nbformat.v4.new_output("error", ename="AssertionError",
                                                                     evalue="wrong", traceback=[])], 2))
    header = verdict.report(2).splitlines()[0]
    assert header == ("test_f: 2 of 2 hidden tests passed; the visible tests failed (they count for nothing: "
                      "the hidden tests decide), 2 of 2 points"), header


def test_the_report_shows_the_points_of_each_test():
    report = CellVerdict("test_f", [passed("a", 0.5), failed("b", 1.0)]).report(2)
    assert report.splitlines()[0] == "test_f: 1 of 2 hidden tests passed, 0.5 of 2 points", report
    assert "PASSED a (0.5 of 0.5 points)" in report and "FAILED b (0 of 1 points)" in report, report


def test_outputs_show_neutral_names_instead_of_the_graders_paths(tmp_path):
    work = tmp_path / "rnnsbx-x" / "work"
    venv_file = f"{sys.prefix}/lib/python3/site-packages/numpy/core.py"
    error = nbformat.v4.new_output("error", ename="ValueError", evalue=f"bad file {work}/data.txt", traceback=[
        f"File \x1b[0;32m{venv_file}:12\x1b[0m", f"File {work}/helper.py:3", f"{runner.COURSE_ROOT}/tests"])
    shown = neutral_output(error, neutral_names(work))
    text = "\n".join([shown.evalue, *shown.traceback])
    assert str(tmp_path) not in text and str(runner.COURSE_ROOT) not in text, text
    if sys.prefix != sys.base_prefix:
        assert "<python>/lib/python3/site-packages/numpy/core.py:12" in text, text
    assert "bad file ./data.txt" in shown.evalue and "File ./helper.py:3" in text, text


# Partial credit through the real grading path: a test-only copy of the hidden tests in which
# two tests of stable_bce carry points (4 x 0.25 for the zero logit, 9 x 0.25 for large logits).
POINTS = {"def test_zero_logit_costs_ln2": 0.25, "def test_large_logits_give_finite_exact_losses": 0.25}
# the swapped-signs mistake passes the zero-logit tests only; the complete solution passes all
# and is capped at the cell's 2 points
PARTIAL = {"stable_bce_mistake_swapped_signs": 1.0, "complete": 2.0}


@pytest.fixture(scope="module")
def graded_with_points(tmp_path_factory):
    root = tmp_path_factory.mktemp("points")
    copy = root / "copy" / "hidden"
    shutil.copytree(runner.HIDDEN_TESTS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    module = copy / ASSIGNMENT / "test_stable_bce.py"
    source = module.read_text()
    for test, points in POINTS.items():
        assert test in source, f"{test} is gone from the hidden tests: choose another test to mark"
        source = source.replace(test, f"@pytest.mark.points({points})\n{test}")
    module.write_text(source)
    course = Course().scratch_copy(root / "course")
    release.generate_release(course, ASSIGNMENT)
    demo.write_submissions(course, ASSIGNMENT, {n: corpus.load(corpus.CORPUS / ASSIGNMENT / f"{n}.py")
                                                for n in PARTIAL})
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(runner, "HIDDEN_TESTS", copy)
        result = autograde_everyone(course)
    assert result["success"], result.get("log")
    return course


@pytest.mark.parametrize("student", sorted(PARTIAL))
def test_marked_hidden_tests_give_partial_credit_in_the_gradebook(graded_with_points, student):
    got = scores(graded_with_points, student, ["test_stable_bce"])
    assert got == {"test_stable_bce": PARTIAL[student]}, f"{student}: {got}"


def test_feedback_shows_the_points_of_each_hidden_test(graded_with_points):
    shown = outputs(graded_with_points, "stable_bce_mistake_swapped_signs")
    assert re.search(r"test_stable_bce: 4 of \d+ hidden tests passed; the visible tests failed \(they count for "
                     r"nothing: the hidden tests decide\), 1 of 2 points", shown), shown
    assert "PASSED test_zero_logit_costs_ln2[0] (0.25 of 0.25 points)" in shown, shown
    assert "FAILED test_large_logits_give_finite_exact_losses[1000.0-0-1000.0] (0 of 0.25 points)" in shown, shown


def test_regrading_gives_the_same_bytes(tmp_path):
    """Two fresh gradings of a submission that prints unseeded random draws: the autograded
    notebooks, the feedback and grades.csv are byte for byte the same."""
    runs = []
    for run in ("first", "second"):
        course = Course().scratch_copy(tmp_path / run)
        if not runs:
            release.generate_release(course, ASSIGNMENT)
            demo.write_class(course, {"student": {ASSIGNMENT: "grader_unseeded_random"}})
        else:  # the same release and submission, byte for byte (new cells get random ids)
            for folder in ("release", "submitted"):
                shutil.copytree(runs[0] / folder, course.root / folder, dirs_exist_ok=True)
        grade(course, [ASSIGNMENT], jobs=1)
        runs.append(course.root)
    printed = outputs(Course(runs[0]), "student")
    assert "sigmoid" in printed, "the printing cell should have run"
    for folder in ("autograded", "feedback"):
        compared = filecmp.dircmp(runs[0] / folder, runs[1] / folder)
        _assert_same(compared, folder)
    assert (runs[0] / "grades.csv").read_bytes() == (runs[1] / "grades.csv").read_bytes()


def _assert_same(compared, where):
    assert not compared.left_only and not compared.right_only, f"{where}: {compared.left_only} {compared.right_only}"
    _, mismatch, errors = filecmp.cmpfiles(compared.left, compared.right, compared.common_files, shallow=False)
    assert not mismatch and not errors, f"{where}: these differ between two gradings: {mismatch + errors}"
    for name, sub in compared.subdirs.items():
        _assert_same(sub, f"{where}/{name}")


def test_grading_leaves_no_temporary_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(sandbox.tempfile, "tempdir", str(tmp_path))
    sandbox.matplotlib_font_list.cache_clear()
    with sandbox.Sandbox(None) as box:
        assert box.fontlist.is_file()
    assert list(tmp_path.iterdir()) == []


def test_a_hidden_module_that_cannot_load_costs_only_its_own_cell(tmp_path, monkeypatch):
    (tmp_path / ASSIGNMENT).mkdir()
    (tmp_path / ASSIGNMENT / "test_broken.py").write_text("def test_x(:\n")
    (tmp_path / ASSIGNMENT / "test_fine.py").write_text(
        "import pytest\n\n\n@pytest.mark.points(1)\ndef test_y(student):\n    assert student.answer == 42\n")
    (tmp_path / "conftest.py").write_text(
        "import pytest\nfrom rnncourse.judging import runner\n\n\n@pytest.fixture\ndef student(request):\n"
        "    return next(p for p in request.config.pluginmanager.get_plugins()\n"
        "                if isinstance(p, runner.HiddenTestSession)).student\n")
    monkeypatch.setattr(runner, "HIDDEN_TESTS", tmp_path)
    verdicts = runner.run(ASSIGNMENT, channel.in_process({"answer": 42}), ["test_broken", "test_fine"])
    assert [(r.name, r.passed) for r in verdicts["test_broken"].results] == [("loading the hidden tests", False)]
    assert verdicts["test_fine"].score(2) == 1.0, verdicts["test_fine"].report(2)
