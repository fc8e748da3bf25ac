"""Fixtures shared by the test modules: scratch courses, real servers (PostgreSQL, a Dask
cluster of separate processes), and the corpus graded once per session on that cluster."""

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from rnncourse.common.coursedir import Course
from rnncourse.tooling import corpus, demo
from rnncourse.tooling.cli import grade

from .services import DaskProcesses, PostgresServer

# Hostile entries are graded by tests/test_hostile.py, by plain `nbgrader autograde` commands.
HONEST_ENTRIES = [e for e in corpus.entries() if not e.hostile]


# Test modules that share what a session makes once: under pytest-xdist each group runs in one
# worker, so that it is made once.
SHARING = {"corpus grading": {"test_corpus.py", "test_class_grading.py", "test_demo_class.py"},  # corpus_class
           "exchange round trip": {"test_exchange.py", "test_browser.py"}}  # tests/round_trip.py


def worker_unit(path):
    """The unit of tests a pytest-xdist worker takes whole: a module (its tests share module
    fixtures), the hidden tests of an assignment (its master runs once per worker), or the
    modules of a SHARING group."""
    path = Path(path)
    group = next((name for name, modules in SHARING.items() if path.name in modules), None)
    if group:
        return group
    if path.parent.parent.name == "hidden":
        return f"hidden tests of {path.parent.name}"
    return path.as_posix()


def pytest_xdist_make_scheduler(config, log):
    from xdist.scheduler import LoadScopeScheduling

    class ByTestGroup(LoadScopeScheduling):
        def _split_scope(self, nodeid):
            return worker_unit(nodeid.split("::")[0])

    return ByTestGroup(config, log)


def pytest_collection_modifyitems(items):
    strays = sorted({item.path.name for item in items if "corpus_class" in item.fixturenames}
                    - SHARING["corpus grading"])
    if strays:
        raise pytest.UsageError(f"{', '.join(strays)} use the corpus grading: add them to SHARING['corpus grading'] "
                                "in tests/conftest.py, or the corpus is graded once more")


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def command(capfd):
    """command(main, *args): a command's main(argv), run in this process as its console script
    would run it; a Ran with the exit status and what it wrote to stdout and stderr."""
    def run(main, *args):
        capfd.readouterr()
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as stop:  # as the interpreter exits: a message goes to stderr, status 1
            code = stop.code if isinstance(stop.code, int) else 0 if stop.code is None else 1
            if isinstance(stop.code, str):
                print(stop.code, file=sys.stderr)
        out, err = capfd.readouterr()
        return Ran(code, out, err)
    return run


@pytest.fixture
def scratch_course(tmp_path):
    """A throw-away copy of the course (masters, releases, config) with its own gradebook."""
    return Course().scratch_copy(tmp_path / "course")


@pytest.fixture(scope="session")
def postgres():
    """A PostgreSQL server on 127.0.0.1 in a temporary folder, stopped at the end."""
    server = PostgresServer()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def dask_cluster():
    """A Dask scheduler and two workers, each its own process, on 127.0.0.1."""
    cluster = DaskProcesses()
    try:
        for name in ("worker-1", "worker-2"):
            cluster.add_worker(name)
        yield cluster
    finally:
        cluster.stop()


def read_export(path):
    with open(path, newline="") as file:
        return {(row["student_id"], row["assignment"]): row for row in csv.DictReader(file)}


@pytest.fixture(scope="session")
def corpus_class(tmp_path_factory, dask_cluster):
    """(course, ClassGrades, export rows) of every honest corpus entry handed in by a student of
    its name, graded on the two-worker Dask cluster."""
    course = Course().scratch_copy(tmp_path_factory.mktemp("corpus") / "course")
    handed_in = {}
    for entry in HONEST_ENTRIES:
        handed_in.setdefault(entry.name, {})[entry.assignment] = entry.name
    demo.write_class(course, handed_in)
    # tests/test_class_grading.py checks feedback
    report = grade(course, [], feedback=False, scheduler=dask_cluster.address)
    return course, report, read_export(report.grades)


@pytest.fixture(scope="session")
def corpus_grades(corpus_class):
    """{(entry name, assignment): row of the grade export}; an entry's name is its student id."""
    course, _, rows = corpus_class
    handed_in = {(e.name, e.assignment) for e in HONEST_ENTRIES}
    return {key: row for key, row in rows.items() if key in handed_in}
