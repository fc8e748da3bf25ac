"""The demo class in submitted/ is what the corpus generates, and its grades are the expected ones."""

import nbformat
import pytest

from rnncourse import corpus, demo
from rnncourse.course import Course

COURSE = Course()


@pytest.mark.parametrize("student", sorted(demo.DEMO_CLASS))
def test_submitted_is_what_the_corpus_generates(student, scratch_course):
    demo.write_demo_class(scratch_course)
    for assignment in COURSE.assignments:
        name = f"{COURSE.notebook_name(assignment)}.ipynb"
        fresh = nbformat.read(scratch_course.root / "submitted" / student / assignment / name, 4)
        committed = nbformat.read(COURSE.root / "submitted" / student / assignment / name, 4)
        assert fresh == committed, f"submitted/{student}/{assignment} is stale: run `rnn-course demo-class`"


def test_demo_class_has_a_complete_a_typical_and_an_unchanged_student():
    entries = set(demo.DEMO_CLASS.values())
    assert {"complete", "typical_mistakes", "unchanged_release"} <= entries
    for assignment in COURSE.assignments:
        for entry in entries:
            assert (corpus.CORPUS / assignment / f"{entry}.py").is_file(), f"{assignment} lacks {entry}"
