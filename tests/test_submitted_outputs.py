"""Autograding shows, in the cells graded by hand, the outputs the student handed in (the full
experiment and its plots), while the autograded test cells keep the grader's verdict."""

import copy

import nbformat
from traitlets.config import Config

from rnncourse.common.coursedir import Course
from rnncourse.nbgrader_plugins.submitted_outputs import RestoreSubmittedOutputs

ASSIGNMENT = "rnn_training"
STUDENT = "ada"
HANDED_IN = {"experiment", "jacobian-plot", "own-plot"}  # cell ids graded by hand or added by the student


def outputs_saying(text):
    return [nbformat.v4.new_output("stream", name="stdout", text=text)]


def autograded_with_restored_outputs(root, handed_in, resources=None):
    """The notebook as the grader ran it (every code cell says 'grader'), after the preprocessor."""
    graded = copy.deepcopy(handed_in)
    for cell in graded.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = outputs_saying("grader"), 1
    resources = resources or {"nbgrader": {"student": STUDENT, "assignment": ASSIGNMENT, "notebook": ASSIGNMENT}}
    preprocessor = RestoreSubmittedOutputs(config=Config({"CourseDirectory": {"root": str(root)}}))
    graded, _ = preprocessor.preprocess(graded, resources)
    return {cell.id: cell.outputs[0].text for cell in graded.cells if cell.cell_type == "code"}


def hand_in(root):
    """The master with a cell of the student's own, every code cell saying 'handed in'."""
    nb = nbformat.read(Course().master(ASSIGNMENT), 4)
    nb.cells.append(nbformat.v4.new_code_cell("plt.show()", id="own-plot"))
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = outputs_saying("handed in"), 7
    folder = root / "submitted" / STUDENT / ASSIGNMENT
    folder.mkdir(parents=True)
    nbformat.write(nb, folder / f"{ASSIGNMENT}.ipynb")
    return nb


def test_cells_graded_by_hand_show_the_submitted_outputs_and_tests_the_verdict(tmp_path):
    shown = autograded_with_restored_outputs(tmp_path, hand_in(tmp_path))
    wrong = {cell: text for cell, text in shown.items() if (text == "handed in") != (cell in HANDED_IN)}
    assert not wrong, f"cells {sorted(HANDED_IN)} should show the submitted outputs, every other the grader's: {wrong}"


def test_a_cell_the_grader_changed_keeps_the_graders_outputs(tmp_path):
    handed_in = hand_in(tmp_path)
    handed_in.cells[-1].source = "print('another source')"
    assert autograded_with_restored_outputs(tmp_path, handed_in)["own-plot"] == "grader"


def test_a_cell_of_the_students_handed_in_without_outputs_keeps_the_graders_run(tmp_path):
    handed_in = hand_in(tmp_path)
    handed_in.cells[-1].outputs = []
    folder = tmp_path / "submitted" / STUDENT / ASSIGNMENT
    nbformat.write(handed_in, folder / f"{ASSIGNMENT}.ipynb")
    assert autograded_with_restored_outputs(tmp_path, handed_in)["own-plot"] == "grader", \
        "a cell the student added and handed in without outputs should show what it did when graded"


def test_without_the_submitted_notebook_every_cell_keeps_the_graders_outputs(tmp_path):
    handed_in = hand_in(tmp_path)
    resources = {"nbgrader": {"student": "someone_else", "assignment": ASSIGNMENT, "notebook": ASSIGNMENT}}
    shown = autograded_with_restored_outputs(tmp_path, handed_in, resources)
    assert set(shown.values()) == {"grader"}, shown


def test_autograde_restores_outputs_right_after_grading_in_the_sandbox():
    steps = list(Course().config().Autograde.autograde_preprocessors)
    assert steps[steps.index("rnncourse.nbgrader_plugins.grade_in_sandbox.GradeInSandbox") + 1] == \
        "rnncourse.nbgrader_plugins.submitted_outputs.RestoreSubmittedOutputs", steps
