"""Grading on a Dask cluster of separate processes, and what happens when something is wrong:
a worker killed mid-run (with the only copy of the grading inputs) while another joins, the
last worker killed, a worker without bubblewrap, an unreachable scheduler, a wrong gradebook
URL. The corpus itself is graded on a cluster too (conftest.py)."""

import collections
import os
import sys
import threading
import time
from pathlib import Path

import pytest

from rnncourse.class_grading import dask_executor
from rnncourse.class_grading import run as class_run
from rnncourse.common.coursedir import Course
from rnncourse.common.errors import CourseError
from rnncourse.tooling import cli, demo, quickcheck
from rnncourse.tooling.cli import grade

from .conftest import read_export
from .services import DaskProcesses, free_port

ASSIGNMENT = "rnn_introduction"
STUDENTS = [f"student_{i}" for i in range(4)]


@pytest.fixture(scope="module")
def troubled_cluster():
    """A scheduler with one worker that can grade (`first`, to be killed mid-run) and one
    without bubblewrap; a second grading worker joins during the run."""
    cluster = DaskProcesses()
    try:
        cluster.add_worker("first")
        cluster.add_worker("no-bwrap", env={**os.environ, "PATH": str(Path(sys.executable).parent)})
        yield cluster
    finally:
        cluster.stop()


def when_busy(cluster, name, then, ran):
    """As soon as the worker `name` grades something, call then(); `ran` gets its tasks."""
    address = cluster.worker_addresses()[name]
    with cluster.client() as client:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            busy = client.processing(workers=[address]).get(address)
            if busy:
                time.sleep(1)  # well into grading it
                ran.extend(busy)
                then()
                return
            time.sleep(0.1)


def in_background(function, *args):
    thread = threading.Thread(target=function, args=args)
    thread.start()
    return thread


@pytest.fixture(scope="module")
def killed_run(troubled_cluster, tmp_path_factory):
    """The class graded while `first`, the only worker holding the grading inputs, is killed
    with a submission in flight, after a new worker (`second`) joined the cluster."""
    course = Course().scratch_copy(tmp_path_factory.mktemp("killed") / "course")
    demo.write_class(course, {student: {ASSIGNMENT: "complete"} for student in STUDENTS})
    merges, merge = collections.Counter(), class_run.merge
    in_flight = []

    def counted(gradebook, result, previous):
        merges[result.student] += 1
        return merge(gradebook, result, previous)

    def replace_first():
        troubled_cluster.add_worker("second")
        troubled_cluster.kill("first")

    killer = in_background(when_busy, troubled_cluster, "first", replace_first, in_flight)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(class_run, "merge", counted)
        report = grade(course, [ASSIGNMENT], feedback=False, scheduler=troubled_cluster.address)
    killer.join()
    return course, report, merges, in_flight


def test_a_killed_worker_loses_nothing_and_each_result_is_merged_once(killed_run):
    course, report, merges, in_flight = killed_run
    assert in_flight, "the first worker never had a submission in flight"
    assert merges == {student: 1 for student in STUDENTS}, f"merges per student: {dict(merges)}"
    rows = read_export(report.grades)
    full_marks = sum(quickcheck.master_points(course, ASSIGNMENT).values())
    for student in STUDENTS:
        row = rows[student, ASSIGNMENT]
        assert (row["status"], float(row["raw_score"])) == ("graded", full_marks), f"{student}: {row}"
        assert (course.root / "autograded" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").is_file()


def test_a_worker_without_bubblewrap_is_refused_and_named(killed_run, troubled_cluster):
    _, report, _, _ = killed_run
    [(worker, why)] = report.refused.items()
    assert "bubblewrap" in why and "bash .ci/setup" in why, f"refused {worker}: {why}"
    assert worker == troubled_cluster.worker_addresses()["no-bwrap"]


def test_when_no_worker_can_grade_any_more_the_rest_fail_with_a_reason(killed_run, troubled_cluster, monkeypatch):
    course, _, _, _ = killed_run
    late = [f"late_{i}" for i in range(3)]
    demo.write_class(course, {student: {ASSIGNMENT: "complete"} for student in late})
    monkeypatch.setattr(dask_executor, "GIVE_UP_SECONDS", 3)
    monkeypatch.setattr(dask_executor, "CHECK_SECONDS", 0.5)
    killer = in_background(when_busy, troubled_cluster, "second", lambda: troubled_cluster.kill("second"), [])
    report = grade(course, [ASSIGNMENT], feedback=False, scheduler=troubled_cluster.address)
    killer.join()
    rows = read_export(report.grades)
    given_up = [s for s in late if rows[s, ASSIGNMENT]["status"] == "failed"]
    assert given_up, f"the last grading worker was killed, yet every late submission was graded: {rows}"
    for student in given_up:
        assert "no Dask worker could grade" in rows[student, ASSIGNMENT]["reason"], rows[student, ASSIGNMENT]
    assert all(rows[s, ASSIGNMENT]["status"] == "graded" for s in STUDENTS), "grades of the earlier run were lost"


def test_only_workers_without_bubblewrap_is_one_line_and_keeps_the_grades(killed_run, troubled_cluster):
    course, _, _, _ = killed_run
    for name in set(troubled_cluster.workers) - {"no-bwrap"}:
        troubled_cluster.kill(name)
    (course.root / "submitted" / STUDENTS[0] / ASSIGNMENT / "late.txt").write_text("something to grade")
    before = snapshot(course)
    with pytest.raises(CourseError, match=r"no Dask worker at .* can grade: worker .* bubblewrap .*bash \.ci/setup"):
        grade(course, [ASSIGNMENT], feedback=False, scheduler=troubled_cluster.address)
    assert snapshot(course) == before, "a refused run changed the grades"


def snapshot(course):
    """The export and the kept results: what a failed run must leave as it was."""
    kept = sorted((course.root / ".grading-cache").rglob("*.json"))
    return (course.root / "grades.csv").read_text(), {p.name: p.read_text() for p in kept}


@pytest.mark.parametrize("option, value, says", [
    ("--scheduler", "tcp://127.0.0.1:{free_port}", "cannot reach the Dask scheduler"),
    ("--db", "postgresql+psycopg://postgres@127.0.0.1:{port}/no_such_gradebook", "cannot open the gradebook"),
    ("--db", "postgres://postgres@127.0.0.1:{port}/postgres", "postgresql+psycopg://"),
])
def test_bad_scheduler_or_gradebook_is_one_line_and_keeps_the_grades(killed_run, postgres, option, value, says,
                                                                    command):
    course, _, _, _ = killed_run
    before = snapshot(course)
    done = command(cli.main, "--course", course.root, "grade", option,
                   value.format(port=postgres.port, free_port=free_port()))
    lines = done.stderr.strip().splitlines()
    assert done.returncode != 0 and len(lines) == 1 and says in lines[0], f"got {done.stderr!r}"
    assert snapshot(course) == before, "a failed run changed the grades"
