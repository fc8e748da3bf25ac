"""Per-submission grading time with the bubblewrap sandbox and without it, side by side.

    .venv/bin/python benchmarks/sandbox_overhead.py [--assignment rnn_introduction] [--students 6] [--rounds 3]

A scratch copy of the course gets a class of honest students (the solved release). Each
round grades the whole class twice with one `nbgrader autograde <assignment> "*"` each,
through nbgrader's API and the course's configuration: sandboxed (as the course grades)
and unsandboxed (`GradeInSandbox.sandboxed = False`: the same preprocessor, hidden tests
and verdicts, with a plain local kernel). The two modes alternate within a round. Prints
the median seconds per submission of each mode and their ratio, and checks that both
gave every student full marks.
"""

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook
from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config

from rnncourse import demo, quickcheck
from rnncourse.course import Course, working_directory

MODES = {"sandboxed": True, "unsandboxed": False}


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


def all_full_marks(course, assignment, students):
    full = quickcheck.autograded_cells(nbformat.read(course.master(assignment), 4))
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
        course.generate_release(args.assignment)
        students = honest_class(course, args.assignment, args.students)
        per_submission = {mode: [] for mode in MODES}
        for round_number in range(args.rounds):
            order = list(MODES) if round_number % 2 == 0 else list(reversed(MODES))
            for mode in order:
                seconds = grade(course, args.assignment, MODES[mode])
                per_submission[mode].append(seconds / len(students))
                print(f"round {round_number + 1} {mode:11s} {seconds:6.1f} s for {len(students)} submissions, "
                      f"full marks: {all_full_marks(course, args.assignment, students)}")
    median = {mode: statistics.median(times) for mode, times in per_submission.items()}
    print(f"\n{args.assignment}, {len(students)} honest submissions, median of {args.rounds} rounds "
          "(one nbgrader autograde run each, startup included):")
    for mode, seconds in median.items():
        print(f"  {mode:11s} {seconds:5.2f} s per submission")
    print(f"  ratio       {median['sandboxed'] / median['unsandboxed']:5.2f} (sandboxed / unsandboxed)")


if __name__ == "__main__":
    main()
