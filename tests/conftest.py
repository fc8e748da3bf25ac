"""Fixtures shared by the test modules: scratch courses, and the corpus graded once per session."""

import csv

import pytest

from rnncourse import corpus, demo
from rnncourse.course import Course
from rnncourse.grading import grade_class

# Hostile entries are graded by tests/test_hostile.py, in one plain `nbgrader autograde` run.
HONEST_ENTRIES = [e for e in corpus.entries() if not e.hostile]


@pytest.fixture
def scratch_course(tmp_path):
    """A throw-away copy of the course (masters, releases, config) with its own gradebook."""
    return Course().scratch_copy(tmp_path / "course")


@pytest.fixture(scope="session")
def corpus_grades(tmp_path_factory):
    """{(entry name, assignment): row of the grade export}; an entry's name is its student id."""
    course = Course().scratch_copy(tmp_path_factory.mktemp("corpus") / "course")
    handed_in = {}
    for entry in HONEST_ENTRIES:
        handed_in.setdefault(entry.name, {})[entry.assignment] = entry.name
    demo.write_class(course, handed_in)
    report = grade_class(course, [], feedback=False)  # tests/test_class_grading.py checks feedback
    with open(report.grades, newline="") as file:
        return {(row["student_id"], row["assignment"]): row for row in csv.DictReader(file)
                if row["assignment"] in handed_in[row["student_id"]]}
