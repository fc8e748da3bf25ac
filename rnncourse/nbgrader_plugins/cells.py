"""Which cells of a notebook are graded, and the sanitizing step that keeps one copy of each.

`nbgrader autograde` first sanitizes a submission (restores locked and test cells from the
gradebook, re-adds deleted ones); `DropDuplicateGradeCells` runs among those steps so that a
pasted copy of a graded cell cannot abort the whole class's run. Imports nothing of rnncourse.
"""

from nbgrader import utils
from nbgrader.preprocessors import NbGraderPreprocessor


class DropDuplicateGradeCells(NbGraderPreprocessor):
    """Keep the first cell with each grade id; later copies are dropped with a warning.

    nbgrader's own DeduplicateIds keeps the last copy and empties the metadata of the
    others, which makes CheckCellMetadata abort the run for every student after this one.
    """

    def preprocess(self, nb, resources):
        seen, kept = set(), []
        for cell in nb.cells:
            grade_id = _grade_id(cell)
            if grade_id is not None and grade_id in seen:
                self.log.warning("Dropping a copy of the graded cell '%s'", grade_id)
                continue
            seen.add(grade_id)
            kept.append(cell)
        nb.cells = kept
        return nb, resources


def _grade_id(cell):
    if utils.is_grade(cell) or utils.is_solution(cell) or utils.is_locked(cell):
        return cell.metadata.nbgrader.get("grade_id")
    return None


def autograded_tests(nb):
    """{grade_id: (cell index, points)} of the notebook's autograded test cells."""
    return {cell.metadata.nbgrader["grade_id"]: (index, float(cell.metadata.nbgrader["points"]))
            for index, cell in enumerate(nb.cells)
            if cell.cell_type == "code" and utils.is_grade(cell) and not utils.is_solution(cell)}
