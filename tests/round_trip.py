"""The hand-out, hand-in and hand-back round trip through nbgrader's exchange, run once per
test session and shared by tests/test_exchange.py and tests/test_browser.py.

The instructor releases an assignment into an exchange folder; a student, with a home and a
Jupyter configuration of their own and no copy of the course, fetches it, works on it (the
master's solutions: course code, never a corpus entry of unknown behaviour) and submits it;
the instructor collects, grades with `rnn-course grade` and releases feedback; the student
fetches the feedback.
"""

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import nbformat

from rnncourse.common.coursedir import Course
from rnncourse.common.results import GRADED
from rnncourse.tooling import corpus, release
from rnncourse.tooling.cli import grade

ASSIGNMENT = "rnn_introduction"
STUDENT = "test_student"
NBGRADER = str(Path(sys.executable).parent / "nbgrader")
STUDENT_CONFIG = """c = get_config()
c.CourseDirectory.course_id = "rnn-course"
c.Exchange.root = {root!r}
"""


def run(args, cwd, env):
    done = subprocess.run([NBGRADER, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"`nbgrader {' '.join(args)}` failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout + done.stderr


def environment(home, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JUPYTER", "RNN_COURSE"))}
    return {**env, "HOME": str(home), **extra}


@dataclass
class RoundTrip:
    tmp: Path  # holds everything below
    course: Course
    exchange: Path
    instructor: dict  # the instructor's environment (home, exchange)
    work: Path  # the student's working folder
    submitted: Path  # the collected submission


_done = {}


def round_trip(tmp_path_factory):
    """The round trip, made on the first call of the test session."""
    if "trip" not in _done:
        _done["trip"] = _round_trip(tmp_path_factory.mktemp("exchange"))
    return _done["trip"]


def _round_trip(tmp):
    course = Course().scratch_copy(tmp / "course")
    exchange = tmp / "exchange"
    exchange.mkdir(mode=0o1777)
    instructor = environment(tmp / "instructor", RNN_COURSE_EXCHANGE=str(exchange))
    student_home = tmp / "student"
    (student_home / ".jupyter").mkdir(parents=True)
    (student_home / ".jupyter" / "nbgrader_config.py").write_text(STUDENT_CONFIG.format(root=str(exchange)))
    work = student_home / "work"
    work.mkdir()
    student = environment(student_home)

    release.generate_release(course, ASSIGNMENT)  # the gradebook learns the assignment
    run(["release_assignment", ASSIGNMENT], course.root, instructor)
    run(["fetch_assignment", ASSIGNMENT], work, student)
    fetched = work / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    solved = corpus.build(corpus.load(corpus.CORPUS / ASSIGNMENT / "complete.py"),
                          nbformat.read(fetched, 4), nbformat.read(course.master(ASSIGNMENT), 4))
    nbformat.write(solved, fetched)
    run(["submit", ASSIGNMENT, "--student", STUDENT], work, student)
    run(["collect", ASSIGNMENT], course.root, instructor)
    report = grade(course, [ASSIGNMENT])
    assert [(r.student, r.status) for r in report.results] == [(STUDENT, GRADED)], report.results
    run(["release_feedback", ASSIGNMENT], course.root, instructor)
    run(["fetch_feedback", ASSIGNMENT, "--student", STUDENT], work, student)
    return RoundTrip(tmp, course, exchange, instructor, work, course.root / "submitted" / STUDENT / ASSIGNMENT)
