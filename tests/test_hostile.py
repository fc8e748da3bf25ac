"""Hostile submissions, graded with an honest one through the course's real grading path
(sandboxed kernel, hidden tests in the grader, gradebook) by the plain `nbgrader autograde`
command: two runs at once, each grading half of the hostile entries and an honest student.

Every entry tests/corpus/<a>/hostile_*.py earns exactly its expected per-cell scores, the
honest student of each run earns full marks, and nothing outside the sandbox changed.
"""

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook
from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config

from rnncourse.common.coursedir import Course, working_directory
from rnncourse.tooling import corpus, demo, quickcheck, release

ASSIGNMENT = "rnn_introduction"
HOSTILE = [s for s in corpus.entries(ASSIGNMENT) if s.hostile]
HONEST = corpus.Submission(ASSIGNMENT, "honest_student", "the solved release, unchanged")
CANARY = "a canary no student may change\n"
RUNS = 2
NBGRADER = Path(sys.executable).parent / "nbgrader"


def autograde_everyone(course):
    """nbgrader autograde of every student, in this process, with the hostile entries' short limits."""
    config = course.config()
    config.merge(Config(quickcheck.HOSTILE_LIMITS))
    api = NbGraderAPI(CourseDirectory(config=config), config=config)
    with working_directory(course.root):
        return api.autograde(ASSIGNMENT, "*")


def start_autograde(course):
    """`nbgrader autograde` of every student, as a command, with the hostile entries' short limits."""
    limits = [f"--{section}.{name}={value}" for section, values in quickcheck.HOSTILE_LIMITS.items()
              for name, value in values.items()]
    log = open(course.root / "autograde.log", "w")
    return subprocess.Popen([str(NBGRADER), "autograde", ASSIGNMENT, f"--CourseDirectory.db_url={course.db_url}",
                             *limits], cwd=course.root, stdout=log, stderr=subprocess.STDOUT)


def scores(course, student, grade_ids):
    with Gradebook(course.db_url) as gradebook:
        notebook = gradebook.find_submission_notebook(course.notebook_name(ASSIGNMENT), ASSIGNMENT, student)
        return {g.name: g.score for g in notebook.grades if g.name in grade_ids}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """({(student, run): the course that graded them}, [(each run's course, its exit status)],
    {(student, run): {grade_id: score}}, {grade_id: max points})."""
    courses, runs = {}, []
    for number in range(RUNS):
        course = Course().scratch_copy(tmp_path_factory.mktemp(f"hostile{number}") / "course")
        release.generate_release(course, ASSIGNMENT)
        (course.root / "canary.txt").write_text(CANARY)
        students = {s.name: s for s in [*HOSTILE[number::RUNS], HONEST]}
        demo.write_submissions(course, ASSIGNMENT, students)
        runs.append((course, start_autograde(course)))
        courses.update({(name, number): course for name in students})
    status = [(course, process.wait()) for course, process in runs]
    max_points = quickcheck.master_points(Course(), ASSIGNMENT)
    got = {key: scores(course, key[0], max_points) for key, course in courses.items()}
    return courses, status, got, max_points


def run_of(courses, student):
    """The course whose run graded the student (the honest student: the first run's)."""
    return next(course for (name, _), course in courses.items() if name == student)


def outputs(course, student):
    """All text the autograded notebook of a student shows."""
    nb = nbformat.read(course.root / "autograded" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", 4)
    texts = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            texts += [output.get("text", ""), output.get("evalue", ""), *output.get("traceback", [])]
    return "\n".join(texts)


def test_each_run_graded_every_submission(graded):
    courses, status, _, _ = graded
    for course, code in status:
        assert code == 0, f"nbgrader autograde failed:\n{(course.root / 'autograde.log').read_text()[-3000:]}"
    missing = [name for (name, _), course in courses.items() if not (course.root / "autograded" / name / ASSIGNMENT).is_dir()]
    assert not missing, f"these submissions were dropped instead of graded: {missing}"


@pytest.mark.parametrize("submission", HOSTILE, ids=lambda s: s.name)
def test_hostile_submission_earns_exactly_its_expected_scores(graded, submission):
    _, _, got, max_points = graded
    [scored] = [points for (name, _), points in got.items() if name == submission.name]
    assert scored == submission.expected_scores(max_points), f"{submission.name}: {submission.description}"


def test_the_honest_student_of_each_run_earns_full_marks(graded):
    _, _, got, max_points = graded
    assert [points for (name, _), points in got.items() if name == HONEST.name] == [max_points] * RUNS


def test_nothing_outside_the_sandbox_changed(graded):
    courses, status, _, _ = graded
    for course, _ in status:
        assert (course.root / "canary.txt").read_text() == CANARY
        assert (course.root / "gradebook.db").read_bytes().startswith(b"SQLite format 3")
    attempts = outputs(run_of(courses, "hostile_write_outside"), "hostile_write_outside")
    assert "could not write ../../../canary.txt" in attempts, "the writing cell should have run"
    assert "\nwrote " not in "\n" + attempts, f"a write succeeded:\n{attempts}"


def test_no_hidden_test_solution_or_gradebook_was_readable(graded):
    courses, _, _, _ = graded
    found = outputs(run_of(courses, "hostile_read_hidden_files"), "hostile_read_hidden_files")
    assert "searched the machine" in found, "the searching cell should have run"
    assert "LEAK" not in found, found


def test_feedback_shows_no_hidden_test_code(graded):
    courses, _, _, _ = graded
    for (name, _), course in courses.items():
        shown = outputs(course, name)
        assert "def test_" not in shown and "student." not in shown, f"{name} shows test code"
