"""Cells graded by hand show what the student handed in, not the grader's quick run.

Autograding runs a notebook with NBGRADER_EXECUTION=autograde, in which the training
notebook's experiment shrinks to a quick version. The experiment's output, its plots and
the student's other own cells are graded by a person, who must see the student's full run.
`RestoreSubmittedOutputs` runs right after `GradeInSandbox` (grade_in_sandbox.py) and puts back
the outputs that the submitted notebook holds for

* manually graded code cells (nbgrader grade and solution cells, such as the experiment), and
* code cells without nbgrader metadata (cells the student added), matched by cell id and
  unchanged source, when they were handed in with outputs (otherwise the grader's run is the
  only record of what they did, and stays).

Autograded test cells (their outputs are the grader's verdict), locked cells and the solution
cells of autograded functions keep what the grader's run gave them. Imports nothing of rnncourse.
"""

import os

import nbformat
from nbgrader import utils
from nbgrader.coursedir import CourseDirectory
from nbgrader.preprocessors import NbGraderPreprocessor


def graded_by_hand(cell):
    return utils.is_grade(cell) and utils.is_solution(cell) and not utils.is_locked(cell)


def restorable(cell):
    """Whether a code cell shows the submitted outputs rather than the grader's run."""
    return cell.cell_type == "code" and (graded_by_hand(cell) or "nbgrader" not in cell.metadata)


class RestoreSubmittedOutputs(NbGraderPreprocessor):
    def preprocess(self, nb, resources):
        submitted = self._submitted(resources)
        if submitted is None:
            return nb, resources
        by_grade_id, by_id = {}, {}
        for cell in submitted.cells:
            if cell.cell_type == "code" and graded_by_hand(cell):
                by_grade_id.setdefault(cell.metadata.nbgrader["grade_id"], cell)
            elif cell.cell_type == "code":
                by_id.setdefault(cell.get("id"), cell)
        for cell in nb.cells:
            if not restorable(cell):
                continue
            if graded_by_hand(cell):
                original = by_grade_id.get(cell.metadata.nbgrader["grade_id"])
            else:
                original = by_id.get(cell.get("id"))
                if original is None or original.source != cell.source or not original.outputs:
                    continue
            if original is not None:
                cell.outputs, cell.execution_count = original.outputs, original.get("execution_count")
        return nb, resources

    def _submitted(self, resources):
        """The notebook as the student handed it in, or None (with a warning)."""
        grading = resources["nbgrader"]
        coursedir = CourseDirectory(parent=self)
        path = os.path.join(coursedir.format_path(coursedir.submitted_directory, grading["student"],
                                                  grading["assignment"]), f"{grading['notebook']}.ipynb")
        try:
            return nbformat.read(path, as_version=4)
        except Exception as error:  # the submission was graded without its outputs: say why
            self.log.warning("Manually graded cells keep the grader's outputs: cannot read %s (%s)", path, error)
            return None
