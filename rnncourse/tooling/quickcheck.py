"""Score corpus entries quickly: a sandboxed kernel, the hidden tests, no gradebook.

    python -m rnncourse.tooling.quickcheck rnn_introduction                      every entry but the hostile ones
    python -m rnncourse.tooling.quickcheck rnn_introduction forward_row_vectors  the entries named
    python -m rnncourse.tooling.quickcheck rnn_introduction --hostile            the hostile ones too

A development loop for authors of notebooks, hidden tests and corpus entries: each entry is
listed as `ok` (it earns exactly the scores it expects) or `BAD` (with what differs), and the
exit status is 1 when any is BAD. Every entry runs in the grading sandbox; hostile entries
(`hostile_*`, attacks on the grader) run only with --hostile, and then with the short limits of
tests/test_hostile.py. The real grading path (nbgrader, gradebook) is what the test suite checks.
Course tooling: imports the grading core, rnncourse.sandbox and rnncourse.common.
"""

import argparse
import difflib
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from ..common.coursedir import Course
from ..common.errors import CourseError
from ..judging import execution, runner
from ..nbgrader_plugins.cells import autograded_tests
from ..sandbox import Limits, SandboxError
from . import corpus
from .release import generate_release

# What a hostile entry may take, in nbgrader's configuration terms (tests/test_hostile.py uses
# the same numbers): seconds per cell, per call of a hidden test, and for the whole notebook.
HOSTILE_LIMITS = {"Execute": {"timeout": 5}, "GradeInSandbox": {"call_timeout": 3, "wall_timeout": 30}}


def autograded_cells(nb):
    """{grade_id: points} of the autograded test cells of a notebook."""
    return {grade_id: points for grade_id, (_, points) in autograded_tests(nb).items()}


def master_points(course, assignment):
    """{grade_id: points} of the autograded test cells of the assignment's master."""
    return autograded_cells(nbformat.read(course.master(assignment), 4))


def released(course, assignment):
    """The student version of the assignment, generated in a scratch copy of the course."""
    with tempfile.TemporaryDirectory(prefix="quickcheck-") as scratch:
        copy = course.scratch_copy(Path(scratch) / "course")
        generate_release(copy, assignment)
        return nbformat.read(copy.root / "release" / assignment / f"{course.notebook_name(assignment)}.ipynb", 4)


def limits(submission):
    """Keyword arguments of execution.executed for this entry."""
    if not submission.hostile:
        return {}
    return {"cell_timeout": HOSTILE_LIMITS["Execute"]["timeout"],
            "call_timeout": HOSTILE_LIMITS["GradeInSandbox"]["call_timeout"],
            "limits": Limits(wall_seconds=HOSTILE_LIMITS["GradeInSandbox"]["wall_timeout"])}


def scores(submission, nb, max_points):
    """({grade_id: points earned}, {grade_id: CellVerdict}), or (zeros, the reason why the
    notebook's kernel stopped: a crash or a time limit)."""
    nb = execution.without_hidden_tests(nb)
    try:
        with execution.executed(nb, **limits(submission)) as (_, student):
            verdicts = runner.run(submission.assignment, student, list(max_points))
    except SandboxError:
        raise
    except Exception as error:  # whatever the entry's kernel did costs only this entry
        return dict.fromkeys(max_points, 0.0), f"{type(error).__name__}: {str(error).splitlines()[0]}"
    return {g: verdicts[g].score(p) for g, p in max_points.items()}, verdicts


def check(submission, release, master, max_points):
    """Print the entry's line (and what differs); True when it earns exactly what it expects,
    None when its kernel stopped (the grader's reruns decide those)."""
    start = time.perf_counter()
    unknown = sorted(set(submission.expect) - set(max_points) - {"*"})
    if unknown:
        print(f"BAD {submission.name:40s} expects scores of cells that are no autograded test: {', '.join(unknown)}")
        return False
    try:
        nb = corpus.build(submission, release, master)
    except (KeyError, ValueError) as error:
        print(f"BAD {submission.name:40s} cannot be built: {error.args[0]}")
        return False
    got, verdicts = scores(submission, nb, autograded_cells(nb) | max_points)
    if isinstance(verdicts, str):
        print(f"SKIP {submission.name:39s} its kernel stopped ({verdicts}); the grader runs such a notebook "
              "again without the cell that stopped it, quickcheck does not: tests/test_hostile.py grades it")
        return None
    want = submission.expected_scores(max_points)
    wrong = {g: (got[g], w) for g, w in want.items() if got[g] != w}
    print(f"{'ok ' if not wrong else 'BAD'} {submission.name:40s} {time.perf_counter() - start:5.1f} s")
    for g, (got_points, expected) in wrong.items():
        print(f"    {g}: got {got_points:g}, expected {expected:g}")
        print(failed_tests(verdicts[g]))
    return not wrong


def failed_tests(verdict):
    lines = [line for line in verdict.report().splitlines()[1:] if not line.lstrip().startswith("PASSED")]
    return "\n".join(f"    {line}" for line in lines) or "      every hidden test of this cell passed"


def load_entries(folder, assignment):
    """(entries, {name: why it cannot be read})."""
    entries, unreadable = [], {}
    for path in sorted((folder / assignment).glob("*.py")):
        try:
            entries.append(corpus.load(path))
        except ValueError as error:
            unreadable[path.stem] = str(error)
    return entries, unreadable


def choose(entries, names, hostile, folder, unreadable=()):
    """The entries to run and how many hostile ones were left out; CourseError for bad names."""
    known = {e.name: e for e in entries}
    for name in names:
        if name not in known and name not in unreadable:
            close = difflib.get_close_matches(name, known, n=3)
            raise CourseError(f"no corpus entry {name} in {folder}"
                              + (f" (did you mean {', '.join(close)}?)" if close else ""))
    hostile_named = [n for n in names if n in known and known[n].hostile]
    if hostile_named and not hostile:
        raise CourseError(f"hostile entries run only with --hostile (sandboxed, short limits): {', '.join(hostile_named)}")
    chosen = [known[n] for n in names if n in known] if names else entries
    kept = [e for e in chosen if hostile or not e.hostile]
    return kept, len(chosen) - len(kept)


class Parser(argparse.ArgumentParser):
    def error(self, message):
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def parse(argv):
    parser = Parser(prog="python -m rnncourse.tooling.quickcheck", description=__doc__, allow_abbrev=False,
                    formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("assignment", nargs="?", help="the assignment whose corpus to check")
    parser.add_argument("entries", nargs="*", metavar="ENTRY", help="corpus entries to check (default: all)")
    parser.add_argument("--hostile", action="store_true",
                        help="also run the hostile entries (hostile_*), sandboxed with short limits")
    parser.add_argument("--corpus", type=Path, default=corpus.CORPUS,
                        help="folder of <assignment>/<entry>.py files (default: tests/corpus)")
    parser.add_argument("--course", type=Path, default=None, help="course directory (default: this repository)")
    return parser.parse_intermixed_args(argv)


def run(args):
    course = Course(args.course) if args.course else Course()
    if not args.assignment:
        raise CourseError(f"name an assignment: {', '.join(course.assignments)} (see --help)")
    assignment = course.check_assignments([args.assignment])[0]
    entries, unreadable = load_entries(args.corpus, assignment)
    chosen, skipped = choose(entries, args.entries, args.hostile, args.corpus / assignment, unreadable)
    if args.entries:
        unreadable = {n: why for n, why in unreadable.items() if n in args.entries}
    total = len(chosen) + len(unreadable)
    if not total:
        raise CourseError(f"nothing to check: {args.corpus / assignment} holds no entry to run"
                          + (f" ({skipped} hostile entries need --hostile)" if skipped else ""))
    print(f"{assignment}: {total} entries" + (f", {skipped} hostile ones skipped (add --hostile to run them)"
                                              if skipped else ""))
    for name, why in unreadable.items():
        print(f"BAD {name:40s} cannot be read: {why}")
    bad = len(unreadable)
    if chosen:
        master = nbformat.read(course.master(assignment), 4)
        release, max_points = released(course, assignment), autograded_cells(master)
        bad += sum(check(e, release, master, max_points) is False for e in chosen)
    print(f"{bad} of {total} entries BAD" if bad else f"all {total} entries ok")
    return 1 if bad else 0


def main(argv=None):
    args = parse(sys.argv[1:] if argv is None else argv)
    try:
        sys.exit(run(args))
    except (CourseError, SandboxError) as error:
        sys.exit(f"quickcheck: {error}")


if __name__ == "__main__":
    main()
