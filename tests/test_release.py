"""`rnn-course release`: a master nbgrader would reject gets a message naming the cell and the
problem, and release/ and solutions/ stay as they were unless the whole release succeeded."""

import copy
import shutil

import nbformat
import pytest
from nbgrader.preprocessors import Execute

from rnncourse.common.coursedir import Course
from rnncourse.common.errors import CourseError
from rnncourse.tooling import cli, release
from rnncourse.tooling.release import master_problems

ASSIGNMENT = "rnn_introduction"
MASTER = nbformat.read(Course().master(ASSIGNMENT), 4)


def cell(nb, grade_id):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def duplicate_test_cell(nb):
    copied = copy.deepcopy(cell(nb, "test_forward"))
    copied["id"] = "pasted-copy"
    nb.cells.append(copied)


def unclosed_solution(nb):
    cell(nb, "forward").source = cell(nb, "forward").source.replace("### END SOLUTION", "")


def region_outside_a_solution_cell(nb):
    nb.cells.append(nbformat.v4.new_code_cell("### BEGIN SOLUTION\nx = 1\n### END SOLUTION", id="stray-region"))


@pytest.mark.parametrize("damage, expected", [
    (lambda nb: None, None),
    (duplicate_test_cell, "(id pasted-copy), grade id 'test_forward': the grade id is also used by cell 18 (id test-forward)"),
    (lambda nb: cell(nb, "test_forward").metadata.nbgrader.pop("schema_version"),
     "cell 18 (id test-forward): its nbgrader metadata lacks \"schema_version\": 3"),
    (lambda nb: cell(nb, "test_forward").metadata.nbgrader.pop("points"),
     "cell 18 (id test-forward): invalid nbgrader metadata: nbgrader cell 'test_forward' does not have points"),
    (lambda nb: cell(nb, "test_forward").metadata.nbgrader.update(points=0),
     "cell 18 (id test-forward), grade id 'test_forward': a graded cell needs points > 0"),
    (unclosed_solution, "cell 17 (id forward), grade id 'forward': no end solution statement found"),
    (region_outside_a_solution_cell, "(id stray-region): Solution region detected in a non-solution cell"),
], ids=["intact", "duplicate grade id", "no schema_version", "no points", "zero points",
        "unclosed solution", "solution region in a plain cell"])
def test_a_damaged_master_gets_one_line_naming_the_cell_and_the_problem(damage, expected):
    nb = copy.deepcopy(MASTER)
    damage(nb)
    problems = master_problems(nb)
    if expected is None:
        assert problems == [], f"the intact master should have no problems, got {problems}"
    else:
        assert len(problems) == 1 and expected in problems[0], f"expected one line with {expected!r}, got {problems}"


def folders(course):
    """The bytes of every file in release/ and solutions/ of the assignment."""
    return {p: p.read_bytes() for kind in ("release", "solutions")
            for p in sorted((course.root / kind / ASSIGNMENT).rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def released_once(tmp_path_factory):
    """A scratch course with release/ and (unexecuted) solutions/ of the assignment."""
    course = Course().scratch_copy(tmp_path_factory.mktemp("released") / "course")
    release.generate_release(course, ASSIGNMENT)
    release.generate_solution(course, ASSIGNMENT, execute=False)
    return course


@pytest.fixture
def released_course(released_once, tmp_path):
    """A copy of released_once of the test's own, with a gradebook of its own."""
    shutil.copytree(released_once.root, tmp_path / "course")
    return Course(tmp_path / "course", db_url=f"sqlite:///{tmp_path / 'course' / 'gradebook.db'}")


def test_release_clears_outputs_and_stops_at_a_duplicated_grade_id_keeping_the_previous_release(released_course,
                                                                                                command):
    path = released_course.master(ASSIGNMENT)
    nb = nbformat.read(path, 4)
    duplicate_test_cell(nb)
    cell(nb, "forward").outputs = [nbformat.v4.new_output("stream", name="stdout", text="saved from Jupyter")]
    cell(nb, "forward").execution_count = 3
    cell(nb, "forward").metadata["collapsed"] = False
    nbformat.write(nb, path)
    before = folders(released_course)
    result = command(cli.main, "--course", released_course.root, "release", ASSIGNMENT)
    assert result.returncode != 0 and "Traceback" not in result.stderr and "NbGraderException" not in result.stderr
    assert "pasted-copy" in result.stderr and "test_forward" in result.stderr, result.stderr
    assert "cleared outputs of 1 cell, cell metadata of 1 cell" in result.stdout, result.stdout
    cleaned = cell(nbformat.read(path, 4), "forward")
    assert not cleaned.outputs and cleaned.execution_count is None and set(cleaned.metadata) == {"nbgrader"}
    assert folders(released_course) == before, "release/ or solutions/ changed although the release failed"


def test_a_master_that_fails_when_run_keeps_the_previous_release(released_course):
    path = released_course.master(ASSIGNMENT)
    nb = nbformat.read(path, 4)
    cell(nb, "draw_computational_graph").source += "\nraise ValueError('the master is broken')\n"
    nbformat.write(nb, path)
    before = folders(released_course)
    with pytest.raises(CourseError, match=r"cell \d+ \(id draw-computational-graph\) raised ValueError: the master is broken"):
        release.release(released_course, ASSIGNMENT)
    assert folders(released_course) == before, "release/ or solutions/ changed although the release failed"
    assert not list(released_course.root.glob(".rnn-course-staging-*")), "the staging folder was left behind"


def test_an_error_inside_nbgrader_is_one_line_without_traceback(released_course):
    """What nbgrader rejects past the checks comes back as its root cause, nothing replaced."""
    nb = nbformat.read(released_course.master(ASSIGNMENT), 4)
    duplicate_test_cell(nb)
    nbformat.write(nb, released_course.master(ASSIGNMENT))
    before = folders(released_course)
    with pytest.raises(CourseError) as raised:
        with release._staged(released_course, "release", ASSIGNMENT) as folder:  # past check_master, as nbgrader sees it
            release._generate_release(released_course, ASSIGNMENT, folder)
    message = str(raised.value)
    assert "Duplicate grade id: test_forward" in message and "\n" not in message, message
    assert folders(released_course) == before


def test_solutions_and_validate_run_kernels_that_warn_about_nothing(capfd):
    """nbgrader's Execute, as the course configures it, talks to its kernel over ipc sockets:
    no warning about unencrypted TCP."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(6 * 7)")])
    Execute(config=Course().config()).preprocess(nb, {"metadata": {"path": "."}})
    assert nb.cells[0].outputs[0]["text"] == "42\n"
    printed = capfd.readouterr()
    assert "TCP" not in printed.out + printed.err, f"the kernel warned:\n{printed.err}"
