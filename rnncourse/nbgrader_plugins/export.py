"""The grade export: one CSV row per student and assignment, one column per graded cell.

`rnn-course grade` writes grades.csv with it, and `nbgrader export` uses it too
(`c.ExportApp.plugin_class` in nbgrader_config.py). Columns:

    assignment, student_id, status, reason, timestamp,
    <one column per graded cell, in notebook order: the manual score if a grader gave one,
     else the autograder's>,
    raw_score, late_submission_penalty, score, max_score, needs_manual_grade

`status` and `reason` come from the result `rnn-course grade` recorded for that submission
(rnncourse.common.results): graded (the reason notes anything unusual, such as a renamed
notebook), failed or missing (scored zero, the reason says why). Rows without such a record say `graded` when
the gradebook holds a submission and `missing` otherwise. Imports rnncourse.common.
"""

import csv
import json
from pathlib import Path

import nbformat
from nbgrader.api import MissingEntry
from nbgrader.coursedir import CourseDirectory
from nbgrader.plugins import ExportPlugin

from ..common.results import result_path


class CellScoreExportPlugin(ExportPlugin):
    """Per-cell scores with the grading status of every submission."""

    def export(self, gradebook):
        root = Path(CourseDirectory(config=self.config).root)
        assignments = [a for a in gradebook.assignments if not self.assignment or a.name in self.assignment]
        students = [s for s in gradebook.students if not self.student or s.id in self.student]
        cells = {a.name: _graded_cells(root, a) for a in assignments}
        columns = list(dict.fromkeys(name for names in cells.values() for name in names))
        dest = Path(self.to or "grades.csv")
        self.log.info("Exporting grades per cell to %s", dest)
        with open(dest, "w", newline="") as file:
            writer = csv.DictWriter(file, ["assignment", "student_id", "status", "reason", "timestamp",
                                           *columns, "raw_score", "late_submission_penalty", "score",
                                           "max_score", "needs_manual_grade"], restval="")
            writer.writeheader()
            for assignment in sorted(assignments, key=lambda a: a.name):
                for student in sorted(students, key=lambda s: s.id):
                    writer.writerow(_row(gradebook, root, assignment, student.id, cells[assignment.name]))


def _graded_cells(root, assignment):
    """Names of the assignment's graded cells, in the order of its master notebook."""
    names = [c.name for nb in assignment.notebooks for c in nb.grade_cells + nb.task_cells]
    order = {}
    for notebook in sorted((root / "source" / assignment.name).glob("*.ipynb")):
        for cell in nbformat.read(notebook, as_version=4).cells:
            order.setdefault(cell.metadata.get("nbgrader", {}).get("grade_id"), len(order))
    return sorted(names, key=lambda name: (order.get(name, len(order)), name))


def _row(gradebook, root, assignment, student, cells):
    row = {"assignment": assignment.name, "student_id": student, "max_score": assignment.max_score}
    try:
        submission = gradebook.find_submission(assignment.name, student)
    except MissingEntry:
        row.update(status="missing", reason="no submission", raw_score=0.0,
                   late_submission_penalty=0.0, score=0.0, needs_manual_grade=False)
        row.update({cell: 0.0 for cell in cells})
    else:
        grades = {g.name: g for nb in submission.notebooks for g in nb.grades}
        row.update(status="graded", reason="", timestamp=submission.timestamp or "",
                   raw_score=submission.score, late_submission_penalty=submission.late_submission_penalty,
                   score=max(0.0, submission.score - submission.late_submission_penalty),
                   needs_manual_grade=submission.needs_manual_grade)
        row.update({cell: grades[cell].score for cell in cells if cell in grades})
    recorded = result_path(root, assignment.name, student)
    if recorded.is_file():
        row.update({k: v for k, v in json.loads(recorded.read_text()).items() if k in ("status", "reason")})
    return row
