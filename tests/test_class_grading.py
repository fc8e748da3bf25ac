"""`rnn-course grade` on a small class with every kind of broken submission.

One scratch copy of the course, its gradebook on a real PostgreSQL server, is graded four times
on this machine: from scratch, again unchanged, after one student handed in again (with a manual
score given in between), and once more with the kept results deleted, which must regrade
everything and change nothing. (SQLite stays covered by the corpus grading in conftest.py.)
"""

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook
from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory

from rnncourse.common.coursedir import Course
from rnncourse.common.errors import CourseError
from rnncourse.tooling import demo, quickcheck
from rnncourse.tooling.cli import grade

ASSIGNMENT = "rnn_introduction"
NOTEBOOK = f"{ASSIGNMENT}.ipynb"
FROM_CORPUS = {"honest": "complete", "stub": "unchanged_release", "pasted": "hostile_duplicated_test_cells"}


def read_grades(path):
    with open(path, newline="") as file:
        return {(row["student_id"], row["assignment"]): row for row in csv.DictReader(file)}


def write_broken_submissions(course):
    submitted = course.root / "submitted"
    shutil.copytree(submitted / "honest", submitted / "renamed")
    (submitted / "renamed" / ASSIGNMENT / NOTEBOOK).rename(submitted / "renamed" / ASSIGNMENT / "rnn_introduction (1).ipynb")
    for student, content in {"corrupt": '{"cells": [', "future_format": json.dumps({"nbformat": 5, "cells": []})}.items():
        (submitted / student / ASSIGNMENT).mkdir(parents=True)
        (submitted / student / ASSIGNMENT / NOTEBOOK).write_text(content)
    (submitted / "no_notebook" / ASSIGNMENT).mkdir(parents=True)
    (submitted / "no_notebook" / ASSIGNMENT / "answers.txt").write_text("see attached")
    (submitted / "empty").mkdir()


@pytest.fixture(scope="module")
def runs(tmp_path_factory, postgres):
    """(course, [(ClassGrades, grades.csv rows)] for four runs: from scratch, unchanged, after a
    manual score and a new submission, and from scratch again with the kept results deleted)."""
    scratch = tmp_path_factory.mktemp("class")
    copy = Course().scratch_copy(scratch / "course")
    # the gradebook lives on PostgreSQL: the configured db_url must be the merge target
    course = Course(copy.root, db_url=postgres.create_database("class_grading"))
    demo.write_class(course, {student: {ASSIGNMENT: entry} for student, entry in FROM_CORPUS.items()})
    write_broken_submissions(course)
    runs = []
    for run in range(4):
        if run == 2:
            give_manual_score(course, "stub", 1.0)
            shutil.copy(course.root / "submitted" / "honest" / ASSIGNMENT / NOTEBOOK,
                        course.root / "submitted" / "stub" / ASSIGNMENT / NOTEBOOK)
        if run == 3:
            shutil.rmtree(course.root / ".grading-cache")
        report = grade(course, [ASSIGNMENT])
        runs.append((report, read_grades(report.grades)))
    return course, runs


def manual_cells(course):
    master = nbformat.read(course.master(ASSIGNMENT), 4)
    return [c.metadata.nbgrader["grade_id"] for c in master.cells
            if c.metadata.get("nbgrader", {}).get("grade") and c.metadata.nbgrader.get("solution")]


def give_manual_score(course, student, score):
    with Gradebook(course.db_url) as gradebook:
        gradebook.find_grade(manual_cells(course)[0], ASSIGNMENT, ASSIGNMENT, student).manual_score = score
        gradebook.db.commit()


@pytest.fixture(scope="module")
def full_marks(runs):
    course, _ = runs
    return quickcheck.master_points(course, ASSIGNMENT)


@pytest.mark.parametrize("student, status, reason", [
    ("honest", "graded", ""),
    ("stub", "graded", ""),
    ("pasted", "graded", "appears 2 times"),
    ("renamed", "graded", "graded 'rnn_introduction (1).ipynb' as rnn_introduction.ipynb"),
    ("corrupt", "failed", "corrupt notebook 'rnn_introduction.ipynb'"),
    ("future_format", "failed", "nbformat version 5"),
    ("no_notebook", "missing", "no notebook in submitted/no_notebook/rnn_introduction/ (found answers.txt)"),
    ("empty", "missing", "nothing submitted"),
])
def test_every_folder_has_a_row_with_status_and_reason(runs, student, status, reason):
    _, [(_, grades), *_] = runs
    row = grades[student, ASSIGNMENT]
    assert row["status"] == status, f"{student}: expected status {status}, got {row['status']} ({row['reason']})"
    assert reason in row["reason"] and (reason or not row["reason"]), \
        f"{student}: expected a reason with {reason!r}, got {row['reason']!r}"


@pytest.mark.parametrize("student, expected", [
    ("honest", "full"), ("renamed", "full"), ("stub", "zero"), ("corrupt", "zero"),
    ("future_format", "zero"), ("no_notebook", "zero"), ("empty", "zero"),
    ("pasted", {"test_stable_bce": 0.0}),
])
def test_per_cell_scores(runs, full_marks, student, expected):
    _, [(_, grades), *_] = runs
    want = {g: 0.0 if expected == "zero" else expected.get(g, p) if isinstance(expected, dict) else p
            for g, p in full_marks.items()}
    got = {g: float(grades[student, ASSIGNMENT][g]) for g in full_marks}
    assert got == want, f"{student}: expected {want}, got {got}"


def test_export_has_a_column_per_graded_cell_and_totals(runs):
    course, [(_, grades), *_] = runs
    columns = set(next(iter(grades.values())))
    graded_cells = set(quickcheck.master_points(course, ASSIGNMENT)) | set(manual_cells(course))
    assert graded_cells <= columns, f"missing cell columns: {graded_cells - columns}"
    assert {"status", "reason", "raw_score", "score", "max_score"} <= columns, f"columns: {sorted(columns)}"
    assert len(grades) == 8, f"expected one row per student folder, got {sorted(grades)}"


def test_feedback_exists_for_graded_students_only(runs):
    course, [(report, grades), *_] = runs
    for (student, assignment), row in grades.items():
        feedback = report.feedback / student / assignment / f"{assignment}.html"
        assert feedback.is_file() == (row["status"] == "graded"), f"{student}: feedback {feedback} vs {row['status']}"


def test_merged_into_the_configured_gradebook(runs):
    course, [(report, grades), *_] = runs
    assert not (course.root / "gradebook.db").exists(), "grading wrote to the default gradebook"
    with Gradebook(course.db_url) as gradebook:
        submitted = {s.student.id for s in gradebook.find_assignment(ASSIGNMENT).submissions}
    assert submitted == {"honest", "stub", "pasted", "renamed"}, f"submissions in the gradebook: {submitted}"


def test_second_run_regrades_nothing_and_gives_identical_grades(runs):
    _, [(first, grades), (second, regrades), *_] = runs
    assert len(first.regraded) == 8, f"first run graded {first.regraded}"
    assert second.regraded == [], f"second run regraded {second.regraded}"
    assert regrades == grades, "a rerun changed the export"


def test_a_new_submission_regrades_exactly_that_one_and_keeps_manual_scores(runs, full_marks):
    course, [(_, grades), _, (third, regrades), _] = runs
    assert third.regraded == [("stub", ASSIGNMENT)], f"third run regraded {third.regraded}"
    assert {g: float(regrades["stub", ASSIGNMENT][g]) for g in full_marks} == full_marks
    assert {k: r for k, r in regrades.items() if k[0] != "stub"} == {k: r for k, r in grades.items() if k[0] != "stub"}
    with Gradebook(course.db_url) as gradebook:
        grade = gradebook.find_grade(manual_cells(course)[0], ASSIGNMENT, ASSIGNMENT, "stub")
        assert (grade.manual_score, grade.needs_manual_grade) == (1.0, True), \
            f"manual score {grade.manual_score}, needs_manual_grade {grade.needs_manual_grade}"


def test_one_line_errors(tmp_path):
    course = Course().scratch_copy(tmp_path / "course")
    with pytest.raises(CourseError, match="no submitted/ folder"):
        grade(course, [ASSIGNMENT])
    with pytest.raises(CourseError, match="unknown assignment"):
        grade(course, ["rnn_intro"])


def test_a_fresh_run_gives_the_same_grades(runs):
    _, [*_, (_, kept), (fourth, fresh)] = runs
    assert len(fourth.regraded) == 8, f"without kept results every folder is graded again, got {fourth.regraded}"
    assert fresh == kept, "grading the same submissions from scratch changed the export"


@pytest.mark.parametrize("student, entry", [("honest", "complete"), ("stub", "unchanged_release")])
def test_local_grading_gives_the_dask_clusters_scores(runs, corpus_grades, full_marks, student, entry):
    """The first run grades on this machine; the corpus is graded on the Dask cluster."""
    _, [(_, grades), *_] = runs
    local, cluster = grades[student, ASSIGNMENT], corpus_grades[entry, ASSIGNMENT]
    columns = [*full_marks, "raw_score", "score", "max_score"]
    assert {c: local[c] for c in columns} == {c: cluster[c] for c in columns}, \
        f"{entry}: local grading and the Dask cluster disagree"


def test_nbgrader_export_and_the_formgrader_read_the_postgresql_gradebook(runs, tmp_path):
    course, [*_, (_, last)] = runs
    exported = tmp_path / "export.csv"
    done = subprocess.run([str(Path(sys.executable).parent / "nbgrader"), "export", f"--to={exported}",
                           f"--CourseDirectory.db_url={course.db_url}"], cwd=course.root, capture_output=True, text=True)
    assert done.returncode == 0, f"nbgrader export failed: {done.stderr[-2000:]}"
    assert read_grades(exported) == last, "nbgrader export on PostgreSQL differs from rnn-course grade's export"
    api = NbGraderAPI(CourseDirectory(config=course.config()), config=course.config())
    scores = {s["student"]: s["score"] for s in api.get_submissions(ASSIGNMENT)}  # the formgrader's list
    handed_in = {p.parent.name for p in (course.root / "submitted").glob(f"*/{ASSIGNMENT}")}
    assert set(scores) == handed_in, f"formgrader lists {sorted(scores)}, submitted/ has {sorted(handed_in)}"
    assert scores["honest"] == float(last["honest", ASSIGNMENT]["raw_score"]), f"formgrader scores {scores}"
