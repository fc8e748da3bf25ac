"""Hostile submissions, graded with an honest one in ONE `nbgrader autograde` run through
the course's real grading path (sandboxed kernel, hidden tests in the grader, gradebook).

Every entry tests/corpus/<a>/hostile_*.py earns exactly its expected per-cell scores, the
honest student in the same run earns full marks, and nothing outside the sandbox changed.
"""

import nbformat
import pytest
from nbgrader.api import Gradebook
from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config

from rnncourse import corpus, demo, quickcheck
from rnncourse.course import Course, working_directory

ASSIGNMENT = "rnn_introduction"
HOSTILE = [s for s in corpus.entries(ASSIGNMENT) if s.hostile]
HONEST = corpus.Submission(ASSIGNMENT, "honest_student", "the solved release, unchanged")
CANARY = "a canary no student may change\n"
# Short limits keep the hostile run quick; honest notebooks of this assignment need a few seconds.
LIMITS = {"Execute": {"timeout": 5}, "GradeInSandbox": {"call_timeout": 3, "wall_timeout": 30}}


def autograde_everyone(course):
    config = course.config()
    config.merge(Config(LIMITS))
    api = NbGraderAPI(CourseDirectory(config=config), config=config)
    with working_directory(course.root):
        return api.autograde(ASSIGNMENT, "*")


def scores(course, student, grade_ids):
    with Gradebook(course.db_url) as gradebook:
        notebook = gradebook.find_submission_notebook(course.notebook_name(ASSIGNMENT), ASSIGNMENT, student)
        return {g.name: g.score for g in notebook.grades if g.name in grade_ids}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """(course, autograde result, {student: {grade_id: score}}, {grade_id: max points})."""
    course = Course().scratch_copy(tmp_path_factory.mktemp("hostile") / "course")
    course.generate_release(ASSIGNMENT)
    (course.root / "canary.txt").write_text(CANARY)
    demo.write_submissions(course, ASSIGNMENT, {s.name: s for s in [*HOSTILE, HONEST]})
    result = autograde_everyone(course)
    max_points = quickcheck.autograded_cells(nbformat.read(course.master(ASSIGNMENT), 4))
    got = {s.name: scores(course, s.name, max_points) for s in [*HOSTILE, HONEST]}
    return course, result, got, max_points


def outputs(course, student):
    """All text the autograded notebook of a student shows."""
    nb = nbformat.read(course.root / "autograded" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)
    texts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            texts += [output.get("text", ""), output.get("evalue", ""), *output.get("traceback", [])]
    return "\n".join(texts)


def test_the_run_graded_every_submission(graded):
    course, result, _, _ = graded
    assert result["success"], f"nbgrader autograde failed:\n{result.get('log')}"
    missing = [s.name for s in [*HOSTILE, HONEST] if not (course.root / "autograded" / s.name / ASSIGNMENT).is_dir()]
    assert not missing, f"these submissions were dropped instead of graded: {missing}"


@pytest.mark.parametrize("submission", HOSTILE, ids=lambda s: s.name)
def test_hostile_submission_earns_exactly_its_expected_scores(graded, submission):
    _, _, got, max_points = graded
    expected = submission.expected_scores(max_points)
    assert got[submission.name] == expected, f"{submission.name}: {submission.description}"


def test_the_honest_student_in_the_same_run_earns_full_marks(graded):
    _, _, got, max_points = graded
    assert got[HONEST.name] == max_points


def test_nothing_outside_the_sandbox_changed(graded):
    course, _, _, _ = graded
    assert (course.root / "canary.txt").read_text() == CANARY
    assert (course.root / "gradebook.db").read_bytes().startswith(b"SQLite format 3")
    attempts = outputs(course, "hostile_write_outside")
    assert "could not write ../../../canary.txt" in attempts, "the writing cell should have run"
    assert "\nwrote " not in "\n" + attempts, f"a write succeeded:\n{attempts}"


def test_no_hidden_test_solution_or_gradebook_was_readable(graded):
    course, _, _, _ = graded
    found = outputs(course, "hostile_read_hidden_files")
    assert "searched the machine" in found, "the searching cell should have run"
    assert "LEAK" not in found, found


def test_feedback_shows_no_hidden_test_code(graded):
    course, _, _, _ = graded
    for submission in [*HOSTILE, HONEST]:
        shown = outputs(course, submission.name)
        assert "def test_" not in shown and "student." not in shown, f"{submission.name} shows test code"
