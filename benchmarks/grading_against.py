"""Grading with this checkout against grading with another git revision, side by side.

    .venv/bin/python benchmarks/grading_against.py REV [--assignment rnn_training] [--students 4] [--rounds 3]
    .venv/bin/python benchmarks/grading_against.py REV --isolation

The revision is checked out with `git worktree` into a temporary folder; each tree grades in a
fresh process that imports its own rnncourse, hidden tests, masters and configuration.

Time (the default): each round grades a class of honest students (the solved release) once with
each tree, the two alternating which goes first, by one `nbgrader autograde <assignment>`.
Prints the median seconds per submission of each and their ratio. Run it on an idle machine.

--isolation: each tree grades (`grade_class`) this checkout's corpus entries that make mistakes
(an `expect:` line naming cells; hostile entries aside), built on that tree's own master and
release. Prints, for each tree, how many of them lost points in a cell their expectation does
not name: one mistake costing more than its own cell.
"""

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from side_by_side import alternating_rounds, print_medians

ROOT = Path(__file__).resolve().parent.parent
IMPORTS = """
# Either package layout: this checkout's, or the flat one of revisions before the rooms (15).
try:
    from rnncourse.class_grading import grade_class
    from rnncourse.common.coursedir import Course, working_directory
    from rnncourse.nbgrader_plugins.cells import autograded_tests
    from rnncourse.tooling import corpus, demo
    from rnncourse.tooling.release import generate_release
except ImportError:
    from rnncourse import corpus, demo
    from rnncourse.course import Course, working_directory
    from rnncourse.grader import autograded_tests
    from rnncourse.grading import grade_class
    generate_release = Course.generate_release
"""

# Run in a child process with the tree to grade with as its only argument besides the class.
GRADE = """
import sys, time
tree, assignment, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, tree)
import rnncourse
assert rnncourse.__file__.startswith(tree), f"imported {rnncourse.__file__}, not the tree's"
import tempfile
from pathlib import Path
from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
IMPORTS
with tempfile.TemporaryDirectory() as scratch:
    course = Course().scratch_copy(Path(scratch) / "course")
    generate_release(course, assignment)
    demo.write_class(course, {f"student_{i}": {assignment: "complete"} for i in range(size)})
    api = NbGraderAPI(CourseDirectory(config=course.config()), config=course.config())
    start = time.perf_counter()
    with working_directory(course.root):
        result = api.autograde(assignment, "*")
    assert result["success"], result.get("log")
    print(time.perf_counter() - start)
""".replace("IMPORTS\n", IMPORTS)


# Run in a child process: grade the mistaken corpus entries (of the folder given) with the tree's
# code on its own master; print {entry/assignment: {cell: [score, max]}} as JSON.
GRADE_CORPUS = """
import json, sys, tempfile, contextlib, io
tree, entries = sys.argv[1], sys.argv[2]
sys.path.insert(0, tree)
import rnncourse
assert rnncourse.__file__.startswith(tree), f"imported {rnncourse.__file__}, not the tree's"
import csv
from pathlib import Path
import nbformat
IMPORTS
with tempfile.TemporaryDirectory() as scratch:
    course = Course().scratch_copy(Path(scratch) / "course")
    graded, skipped = {}, []
    for assignment in course.assignments:
        generate_release(course, assignment)
        master = nbformat.read(course.master(assignment), 4)
        cells = {cell.metadata.get("nbgrader", {}).get("grade_id") for cell in master.cells}
        full = {g: points for g, (_, points) in autograded_tests(master).items()}
        for path in sorted((Path(entries) / assignment).glob("*.py")):
            entry = corpus.load(path)
            if entry.hostile or not entry.expect or "*" in entry.expect:
                continue
            if not {grade_id for _, grade_id, _ in entry.edits} <= cells or not set(entry.expect) <= set(full):
                skipped.append(f"{assignment}/{entry.name}")
                continue
            demo.write_submissions(course, assignment, {entry.name: entry})
            graded[entry.name, assignment] = (entry, full)
    with contextlib.redirect_stdout(io.StringIO()):
        report = grade_class(course, [], feedback=False)
    rows = {(r["student_id"], r["assignment"]): r for r in csv.DictReader(open(report.grades))}
    print(json.dumps({"skipped": skipped, "graded": {f"{assignment}/{name}": {
        "expect": sorted(entry.expect), "cells": {g: [float(rows[name, assignment][g]), p] for g, p in full.items()}}
        for (name, assignment), (entry, full) in graded.items()}}))
""".replace("IMPORTS\n", IMPORTS)


def run_with(tree, code, *args):
    done = subprocess.run([sys.executable, "-c", code, str(tree), *map(str, args)],
                          capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"grading with {tree} failed:\n{done.stderr[-3000:]}")
    return done.stdout.strip().splitlines()[-1]


def seconds_per_submission(tree, assignment, students):
    return float(run_with(tree, GRADE, assignment, students)) / students


@contextlib.contextmanager
def checked_out(rev):
    """This checkout and a worktree of rev, as {name: folder}."""
    with tempfile.TemporaryDirectory(prefix="grading-against-") as scratch:
        other = Path(scratch) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(other), rev], check=True)
        try:
            yield {"this checkout": ROOT, rev: other}
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)], check=False)


def isolation(trees):
    for name, tree in trees.items():
        found = json.loads(run_with(tree, GRADE_CORPUS, ROOT / "tests" / "corpus"))
        collateral = {entry: [g for g, (score, points) in graded["cells"].items()
                              if score < points and g not in graded["expect"]]
                      for entry, graded in found["graded"].items()}
        costly = {entry: cells for entry, cells in collateral.items() if cells}
        print(f"{name}: {len(costly)} of {len(collateral)} mistaken entries also cost another cell"
              f" ({len(found['skipped'])} entries could not be built on its master)")
        for entry, cells in sorted(costly.items()):
            print(f"    {entry}: also {', '.join(cells)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rev", help="the git revision to compare with, e.g. a commit or HEAD~3")
    parser.add_argument("--assignment", default="rnn_training")
    parser.add_argument("--students", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--isolation", action="store_true", help="count mistakes that cost more than their cell")
    args = parser.parse_args()
    with checked_out(args.rev) as trees:
        if args.isolation:
            isolation(trees)
            return
        medians = alternating_rounds({name: lambda tree=tree: seconds_per_submission(
            tree, args.assignment, args.students) for name, tree in trees.items()}, args.rounds)
    print_medians(f"{args.assignment}, {args.students} honest submissions per run, median of {args.rounds} "
                  "rounds (one nbgrader autograde each, its start included):", medians)

if __name__ == "__main__":
    main()
