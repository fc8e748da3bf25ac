"""The demo class in submitted/, autograded/ and feedback/ is what `rnn-course all` makes today.

submitted/ must equal what the corpus generates; autograded/ and feedback/ must show the
scores that grading the same corpus entries gives now (the session's corpus grading).
"""

import re

import nbformat
import pytest

from rnncourse.common.coursedir import Course
from rnncourse.nbgrader_plugins.verdict_cells import VERDICT_ERROR
from rnncourse.tooling import corpus, demo, quickcheck

COURSE = Course()
STALE = "run `rnn-course all` and commit submitted/, autograded/ and feedback/"
DEMO = [(student, assignment) for student in sorted(demo.DEMO_CLASS) for assignment in COURSE.assignments]


def committed(stage, student, assignment, suffix="ipynb"):
    return COURSE.root / stage / student / assignment / f"{COURSE.notebook_name(assignment)}.{suffix}"


def shown_scores(nb, assignment):
    """{grade_id: points} the test cells of an autograded notebook show: full unless the verdict failed."""
    max_points = quickcheck.master_points(COURSE, assignment)
    cells = {c.metadata.get("nbgrader", {}).get("grade_id"): c for c in nb.cells}
    return {g: 0.0 if any(o.get("ename") == VERDICT_ERROR for o in cells[g].outputs) else p
            for g, p in max_points.items()}


@pytest.mark.parametrize("student", sorted(demo.DEMO_CLASS))
def test_submitted_is_what_the_corpus_generates(student, scratch_course):
    demo.write_demo_class(scratch_course)
    for assignment in COURSE.assignments:
        name = committed("submitted", student, assignment).name
        fresh = nbformat.read(scratch_course.root / "submitted" / student / assignment / name, 4)
        assert committed("submitted", student, assignment).is_file(), f"submitted/{student}/{assignment} is missing: {STALE}"
        assert fresh == nbformat.read(committed("submitted", student, assignment), 4), \
            f"submitted/{student}/{assignment} is stale: {STALE}"


@pytest.mark.parametrize("student, assignment", DEMO)
def test_autograded_and_feedback_show_todays_scores(corpus_grades, student, assignment):
    autograded, feedback = committed("autograded", student, assignment), committed("feedback", student, assignment, "html")
    assert autograded.is_file() and feedback.is_file(), f"{autograded} or {feedback} is missing: {STALE}"
    row = corpus_grades[demo.DEMO_CLASS[student], assignment]
    shown = shown_scores(nbformat.read(autograded, 4), assignment)
    assert shown == {g: float(row[g]) for g in shown}, \
        f"autograded/{student}/{assignment} shows other scores than grading gives now: {STALE}"
    total = re.search(r"Score: ([\d.]+) / ([\d.]+)", feedback.read_text())
    assert total and float(total.group(1)) == float(row["raw_score"]), \
        f"feedback/{student}/{assignment} shows {total and total.group()} instead of {row['raw_score']}: {STALE}"


def test_demo_class_has_a_complete_a_typical_and_an_unchanged_student():
    entries = set(demo.DEMO_CLASS.values())
    assert {"complete", "typical_mistakes", "unchanged_release"} <= entries
    for assignment in COURSE.assignments:
        for entry in entries:
            assert (corpus.CORPUS / assignment / f"{entry}.py").is_file(), f"{assignment} lacks {entry}"
