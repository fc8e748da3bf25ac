"""Score corpus entries quickly: a sandboxed kernel, the hidden tests, no gradebook.

    python -m rnncourse.quickcheck rnn_introduction [ENTRY ...]

A development loop for authors of notebooks, hidden tests and corpus entries. A cell scores
as the grader scores it: its hidden tests pass and its visible tests raised nothing; cells lost
to their visible tests alone are named. The real grading path (nbgrader, sandbox, gradebook) is
what the test suite checks.
"""

import sys
import tempfile
import time

import nbformat

from . import corpus, execution, hidden
from .course import Course
from .grader import autograded_tests, with_visible_tests


def autograded_cells(nb):
    """{grade_id: points} of the autograded test cells of a notebook."""
    return {grade_id: points for grade_id, (_, points) in autograded_tests(nb).items()}


def released(course, assignment):
    with tempfile.TemporaryDirectory() as db:
        Course(course.root, db_url=f"sqlite:///{db}/gradebook.db").generate_release(assignment)
    return nbformat.read(course.root / "release" / assignment / f"{course.notebook_name(assignment)}.ipynb", 4)


def scores(assignment, nb, max_points):
    """({grade_id: points}, {grade_id: verdict}, [grade ids lost to their visible tests alone])."""
    nb = execution.without_hidden_tests(nb)
    with execution.executed(nb) as (ran, student):
        hidden_verdicts = hidden.run(assignment, student, list(max_points))
    cells = autograded_tests(ran)
    verdicts = {g: with_visible_tests(v, ran.cells[cells[g][0]]) if g in cells else v
                for g, v in hidden_verdicts.items()}
    visible_only = [g for g in max_points if hidden_verdicts[g].passed and not verdicts[g].passed]
    return {g: (p if verdicts[g].passed else 0.0) for g, p in max_points.items()}, verdicts, visible_only


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    course, assignment, names = Course(), argv[0], set(argv[1:])
    master = nbformat.read(course.master(assignment), 4)
    release, max_points = released(course, assignment), autograded_cells(master)
    failures = 0
    for submission in corpus.entries(assignment):
        if names and submission.name not in names:
            continue
        start = time.perf_counter()
        nb = corpus.build(submission, release, master)
        try:
            got, verdicts, visible_only = scores(assignment, nb, autograded_cells(nb) | max_points)
        except Exception as error:  # one broken entry must not hide the others' results
            failures += 1
            print(f"BAD {submission.name:40s} crashed: {type(error).__name__}: {error}")
            continue
        want = submission.expected_scores(max_points)
        wrong = {g: (got.get(g), w) for g, w in want.items() if got.get(g) != w}
        failures += bool(wrong)
        print(f"{'ok ' if not wrong else 'BAD'} {submission.name:40s} {time.perf_counter() - start:5.1f} s")
        if visible_only:
            print(f"    lost to their visible tests only (the hidden tests passed): {' '.join(visible_only)}")
        for g in wrong:
            print(f"    {g}: got {wrong[g][0]}, expected {wrong[g][1]}")
            print("    " + verdicts[g].report().replace("\n", "\n    "))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
