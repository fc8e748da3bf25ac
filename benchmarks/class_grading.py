"""Class grading against plain serial nbgrader, on the same synthetic class.

    .venv/bin/python benchmarks/class_grading.py [--students 50] [--jobs N]

Student i hands in the i-th non-hostile corpus entry (cycling) of each assignment. One copy of the course
is graded with `grade_class` (what `rnn-course grade` runs: a process pool, feedback, the
per-cell export), another with `nbgrader autograde <assignment>` for every assignment and
`nbgrader export`, one after the other. Prints both wall times, their ratio, and whether the
two agree on every per-cell score of the honest submissions (entries expecting full marks).
"""

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nbgrader.api import Gradebook

from rnncourse.class_grading import grade_class
from rnncourse.common.coursedir import Course
from rnncourse.tooling import corpus, demo, quickcheck
from rnncourse.tooling.release import generate_release

NBGRADER = Path(sys.executable).parent / "nbgrader"


def synthetic_class(course, size):
    """Hostile entries are left out: they wait out the course's time limits (up to 15 minutes)."""
    entries = {a: [e for e in corpus.entries(a) if not e.hostile] for a in course.assignments}
    return {f"student_{i:03d}": {a: found[i % len(found)].name for a, found in entries.items()}
            for i in range(size)}


def honest_submissions(course, handed_in):
    """(student, assignment) pairs whose corpus entry expects full marks on every test cell."""
    honest = set()
    for assignment in course.assignments:
        full = quickcheck.master_points(course, assignment)
        entries = {e.name: e for e in corpus.entries(assignment)}
        honest |= {(student, assignment) for student, chosen in handed_in.items()
                   if entries[chosen[assignment]].expected_scores(full) == full}
    return honest


def cell_scores(course):
    """{(student, assignment): {grade cell: score}} from the course's gradebook."""
    with Gradebook(course.db_url) as gradebook:
        return {(s.student.id, s.assignment.name): {g.name: g.score for nb in s.notebooks for g in nb.grades}
                for a in gradebook.assignments for s in a.submissions}


def prepared_copy(folder, handed_in):
    course = Course().scratch_copy(folder)
    for assignment in course.assignments:
        generate_release(course, assignment)
    demo.write_class(course, handed_in)
    return course


def grade_serially(course):
    for command in [*(["autograde", a] for a in course.assignments), ["export"]]:
        subprocess.run([str(NBGRADER), *command], cwd=course.root, check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def timed(function, *args):
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=50)
    parser.add_argument("--jobs", type=int, default=None, help="grade_class's workers (default: one per core)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="class-grading-benchmark-") as scratch:
        handed_in = synthetic_class(Course(), args.students)
        pooled = prepared_copy(Path(scratch) / "pooled", handed_in)
        serial = prepared_copy(Path(scratch) / "serial", handed_in)
        pooled_seconds = timed(grade_class, pooled, [], args.jobs)
        serial_seconds = timed(grade_serially, serial)
        honest = honest_submissions(pooled, handed_in)
        ours, theirs = cell_scores(pooled), cell_scores(serial)
        disagree = sorted(pair for pair in honest if ours.get(pair) != theirs.get(pair))
    print(f"\n{args.students} students x {len(handed_in[next(iter(handed_in))])} assignments")
    print(f"grade_class (rnn-course grade):            {pooled_seconds:7.1f} s")
    print(f"serial nbgrader autograde + export:        {serial_seconds:7.1f} s")
    print(f"speed-up:                                  {serial_seconds / pooled_seconds:7.2f} x")
    print(f"honest submissions' per-cell scores agree: {'yes' if not disagree else 'NO'} "
          f"({len(honest) - len(disagree)} of {len(honest)})")
    for pair in disagree:
        print(f"  {pair}: grade_class {ours.get(pair)}, nbgrader {theirs.get(pair)}")
    return 1 if disagree else 0


if __name__ == "__main__":
    sys.exit(main())
