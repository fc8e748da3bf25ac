"""The corpus of rnn_introduction covers every autograded function from both sides."""

import nbformat
import pytest

from rnncourse.common.coursedir import Course
from rnncourse.tooling import corpus

ASSIGNMENT = "rnn_introduction"
MASTER = nbformat.read(Course().master(ASSIGNMENT), as_version=4)
TEST_CELLS = [corpus.grade_id(c) for c in MASTER.cells
              if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")
              and not c.metadata.nbgrader.get("solution")]
ENTRIES = [e for e in corpus.entries(ASSIGNMENT) if not e.name.startswith("hostile_")]


def editing(function):
    return [e for e in ENTRIES if any(action == "replace" and target == function for action, target, _ in e.edits)]


@pytest.mark.parametrize("test_cell", TEST_CELLS)
def test_three_correct_solutions_and_two_mistakes_per_function(test_cell):
    function = test_cell.removeprefix("test_")
    entries = editing(function)
    correct = [e.name for e in entries if not e.expect]
    mistakes = [e.name for e in entries if e.expect == {test_cell: 0.0}]
    assert len(correct) >= 3, f"{function}: only {correct} are alternative correct solutions"
    assert len(mistakes) >= 2, f"{function}: only {mistakes} are mistakes that cost just {test_cell}"


def test_demo_class_entries_exist():
    names = {e.name for e in ENTRIES}
    assert {"complete", "unchanged_release", "typical_mistakes"} <= names, f"corpus holds {sorted(names)}"
