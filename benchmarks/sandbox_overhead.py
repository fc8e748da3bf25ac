"""Per-submission grading time with the bubblewrap sandbox and without it, side by side.

    .venv/bin/python benchmarks/sandbox_overhead.py [--assignment rnn_introduction] [--students 6] [--rounds 3]

A scratch copy of the course gets a class of honest students (the solved release). Each
round grades the whole class twice with one `nbgrader autograde <assignment> "*"` each,
through nbgrader's API and the course's configuration: sandboxed (as the course grades)
and unsandboxed (`GradeInSandbox.sandboxed = False`: the same preprocessor, hidden tests
and verdicts, with a local kernel started with the same arguments). The two modes
alternate which goes first from round to round. Prints the median seconds per submission of
each mode and their ratio, and stops if either mode did not give every student full marks.
"""

import argparse
import tempfile
import time
import warnings
from pathlib import Path

import sqlalchemy
from nbgrader.api import Gradebook
from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
from side_by_side import alternating_rounds, print_medians
from traitlets.config import Config

from rnncourse.common.coursedir import Course, working_directory
from rnncourse.tooling import demo, quickcheck
from rnncourse.tooling.release import generate_release

MODES = {"sandboxed": True, "unsandboxed": False}
warnings.simplefilter("ignore", sqlalchemy.exc.SAWarning)  # nbgrader's own autoflush warnings


def honest_class(course, assignment, size):
    students = [f"student_{i:02d}" for i in range(size)]
    demo.write_class(course, {student: {assignment: "complete"} for student in students})
    return students


def grade(course, assignment, sandboxed):
    """Seconds for one autograde run over the whole class."""
    config = course.config()
    config.merge(Config({"GradeInSandbox": {"sandboxed": sandboxed}}))
    api = NbGraderAPI(CourseDirectory(config=config), config=config)
    start = time.perf_counter()
    with working_directory(course.root):
        result = api.autograde(assignment, "*", force=True)
    if not result["success"]:
        raise SystemExit(f"autograde failed:\n{result.get('log')}")
    return time.perf_counter() - start


def grade_checked(course, assignment, students, sandboxed):
    """Seconds per submission of one autograde run over the class, which must earn full marks."""
    seconds = grade(course, assignment, sandboxed)
    if not all_full_marks(course, assignment, students):
        raise SystemExit(f"an honest student lost points ({'un' * (not sandboxed)}sandboxed)")
    return seconds / len(students)


def all_full_marks(course, assignment, students):
    full = quickcheck.master_points(course, assignment)
    with Gradebook(course.db_url) as gradebook:
        return all({g.name: g.score for g in gradebook.find_submission_notebook(
            course.notebook_name(assignment), assignment, s).grades if g.name in full} == full
            for s in students)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assignment", default="rnn_introduction")
    parser.add_argument("--students", type=int, default=6)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        course = Course().scratch_copy(Path(scratch) / "course")
        generate_release(course, args.assignment)
        students = honest_class(course, args.assignment, args.students)
        medians = alternating_rounds({mode: lambda sandboxed=sandboxed: grade_checked(
            course, args.assignment, students, sandboxed) for mode, sandboxed in MODES.items()}, args.rounds)
    print_medians(f"{args.assignment}, {len(students)} honest submissions, median of {args.rounds} rounds "
                  "(one nbgrader autograde run each, startup included):", medians)


if __name__ == "__main__":
    main()
