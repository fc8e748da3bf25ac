"""Grading on a Dask cluster of separate processes, and what happens when something is wrong:
a worker killed mid-run, a worker without bubblewrap, an unreachable scheduler, a wrong
gradebook URL. Scores themselves are checked on the session's corpus grading (conftest.py)."""

import collections
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from rnncourse import demo, grading
from rnncourse.course import Course, CourseError
from rnncourse.grading import grade_class

from .conftest import read_export
from .services import DaskProcesses, free_port

ASSIGNMENT = "rnn_introduction"
STUDENTS = [f"student_{i}" for i in range(4)]


def test_every_student_folder_has_an_export_row(corpus_class):
    course, report, rows = corpus_class
    folders = {p.name for p in (course.root / "submitted").iterdir()}
    assert {student for student, _ in rows} == folders, "students without a row in the export"
    assert len(rows) == len(folders) * len(course.assignments), "not one row per student and assignment"
    assert not report.refused, f"healthy workers were refused: {report.refused}"


@pytest.fixture(scope="module")
def troubled_cluster():
    """A scheduler with a good worker, a worker to kill, and a worker without bubblewrap."""
    cluster = DaskProcesses()
    try:
        cluster.add_worker("good")
        cluster.add_worker("victim")
        cluster.add_worker("no-bwrap", env={**os.environ, "PATH": str(Path(sys.executable).parent)})
        yield cluster
    finally:
        cluster.stop()


def kill_when_busy(cluster, name, killed):
    """Kill the worker as soon as it is grading something; `killed` gets what it was grading."""
    address = cluster.worker_addresses()[name]
    with cluster.client() as client:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            busy = client.processing(workers=[address])[address]
            if busy:
                time.sleep(1)  # well into grading it
                killed.extend(busy)
                cluster.kill(name)
                return
            time.sleep(0.1)


@pytest.fixture(scope="module")
def killed_run(troubled_cluster, tmp_path_factory):
    course = Course().scratch_copy(tmp_path_factory.mktemp("killed") / "course")
    demo.write_class(course, {student: {ASSIGNMENT: "complete"} for student in STUDENTS})
    merges, merge = collections.Counter(), grading._merge
    killed = []

    def counted(gradebook, result, previous):
        merges[result.student] += 1
        return merge(gradebook, result, previous)

    killer = threading.Thread(target=kill_when_busy, args=(troubled_cluster, "victim", killed))
    killer.start()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grading, "_merge", counted)
        report = grade_class(course, [ASSIGNMENT], feedback=False, scheduler=troubled_cluster.address)
    killer.join()
    return course, report, merges, killed


def test_a_killed_worker_loses_nothing_and_each_result_is_merged_once(killed_run, corpus_grades):
    course, report, merges, killed = killed_run
    assert killed, "the victim worker never had a submission in flight"
    assert merges == {student: 1 for student in STUDENTS}, f"merges per student: {dict(merges)}"
    rows = read_export(report.grades)
    expected = corpus_grades["complete", ASSIGNMENT]
    for student in STUDENTS:
        row = rows[student, ASSIGNMENT]
        assert (row["status"], row["raw_score"]) == ("graded", expected["raw_score"]), f"{student}: {row}"
        assert (course.root / "autograded" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").is_file()


def test_a_worker_without_bubblewrap_is_refused_and_named(killed_run, troubled_cluster, capsys):
    _, report, _, _ = killed_run
    [(worker, why)] = report.refused.items()
    assert "bubblewrap" in why and "bash .ci/setup" in why, f"refused {worker}: {why}"
    assert worker == troubled_cluster.worker_addresses()["no-bwrap"]


def test_only_workers_without_bubblewrap_is_one_line_and_keeps_the_grades(killed_run, troubled_cluster):
    course, report, _, _ = killed_run
    troubled_cluster.kill("good")
    (course.root / "submitted" / STUDENTS[0] / ASSIGNMENT / "late.txt").write_text("something to grade")
    before = snapshot(course)
    with pytest.raises(CourseError, match=r"no Dask worker at .* can grade: worker .* bubblewrap .*bash \.ci/setup"):
        grade_class(course, [ASSIGNMENT], feedback=False, scheduler=troubled_cluster.address)
    assert snapshot(course) == before, "a refused run changed the grades"


def snapshot(course):
    """The export and the kept results: what a failed run must leave as it was."""
    kept = sorted((course.root / ".grading-cache").rglob("*.json"))
    return (course.root / "grades.csv").read_text(), {p.name: p.read_text() for p in kept}


def rnn_course(*args):
    return subprocess.run([sys.executable, "-m", "rnncourse.cli", *args], capture_output=True, text=True)


@pytest.mark.parametrize("option, value, says", [
    ("--scheduler", "tcp://127.0.0.1:{free_port}", "cannot reach the Dask scheduler"),
    ("--db", "postgresql+psycopg://postgres@127.0.0.1:{port}/no_such_gradebook", "cannot open the gradebook"),
    ("--db", "postgres://postgres@127.0.0.1:{port}/postgres", "postgresql+psycopg://"),
])
def test_bad_scheduler_or_gradebook_is_one_line_and_keeps_the_grades(corpus_class, postgres, option, value, says):
    course, _, _ = corpus_class
    before = snapshot(course)
    done = rnn_course("--course", str(course.root), "grade", option,
                      value.format(port=postgres.port, free_port=free_port()))
    lines = done.stderr.strip().splitlines()
    assert done.returncode != 0 and len(lines) == 1 and says in lines[0], f"got {done.stderr!r}"
    assert snapshot(course) == before, "a failed run changed the grades"
