"""Every corpus entry earns exactly its expected per-cell scores through the real grading path.

The whole corpus (every entry of every assignment but the hostile ones, built from the release
and the master) is graded once per test session as one synthetic class with `grade_class`, on a Dask cluster:
nbgrader's autograde with the course's sandboxed grader, the gradebook merge and the per-cell
export.
"""

import pytest

from rnncourse.common.coursedir import Course
from rnncourse.tooling import quickcheck

from .conftest import HONEST_ENTRIES


def full_marks(assignment):
    return quickcheck.master_points(Course(), assignment)


def scores(row, assignment):
    return {g: float(row[g]) for g in full_marks(assignment)}


@pytest.mark.parametrize("entry", HONEST_ENTRIES, ids=lambda e: f"{e.assignment}/{e.name}")
def test_entry_earns_its_expected_scores(corpus_grades, entry):
    row = corpus_grades[entry.name, entry.assignment]
    expected = entry.expected_scores(full_marks(entry.assignment))
    assert row["status"] == "graded", f"{entry.name} was not graded: {row['status']}: {row['reason']}"
    assert scores(row, entry.assignment) == expected, \
        f"{entry.assignment}/{entry.name} ({entry.description}): expected {expected}, " \
        f"got {scores(row, entry.assignment)}"


@pytest.mark.parametrize("assignment", Course().assignments)
def test_master_solution_earns_full_marks(corpus_grades, assignment):
    row = corpus_grades["complete", assignment]
    assert row["status"] == "graded" and scores(row, assignment) == full_marks(assignment), \
        f"the master's solution of {assignment}: {row['status']} {row['reason']}, {scores(row, assignment)}"


@pytest.mark.parametrize("assignment", Course().assignments)
def test_unchanged_release_scores_zero_without_crashing(corpus_grades, assignment):
    row = corpus_grades["unchanged_release", assignment]
    assert row["status"] == "graded", f"the release of {assignment} was not graded: {row['reason']}"
    assert set(scores(row, assignment).values()) == {0.0}, \
        f"the unchanged release of {assignment} earned {scores(row, assignment)}"


def test_every_student_folder_has_an_export_row(corpus_class):
    course, report, rows = corpus_class
    folders = {p.name for p in (course.root / "submitted").iterdir()}
    assert {student for student, _ in rows} == folders, "students without a row in the export"
    assert len(rows) == len(folders) * len(course.assignments), "not one row per student and assignment"
    assert not report.refused, f"healthy Dask workers were refused: {report.refused}"
