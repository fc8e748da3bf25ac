"""Results into the course: the gradebook (auto scores and comments only, never manual scores)
and autograded/. Only the main process runs this. Imports rnncourse.common."""

import contextlib
import shutil

from nbgrader.api import MissingEntry


def merge(gradebook, result, previous):
    """Bring the course gradebook in line with a result: auto scores and comments only.

    A changed auto score (or a new submission) is written as nbgrader's autograde writes it,
    flagging cells a grader already scored by hand for review; unchanged cells are left alone."""
    gradebook.update_or_create_student(result.student)
    if not result.scored:
        with contextlib.suppress(MissingEntry):
            gradebook.remove_submission(result.assignment, result.student)
        return
    resubmitted = previous is None or previous.submission != result.submission
    submission = gradebook.update_or_create_submission(result.assignment, result.student,
                                                       timestamp=result.timestamp)
    for notebook in submission.notebooks:
        graded = result.notebooks.get(notebook.name, {})
        notebook.late_submission_penalty = graded.get("late_submission_penalty")
        for grade in notebook.grades:
            auto_score, needs_manual_grade = graded.get("grades", {}).get(grade.name, [0.0, False])
            if resubmitted or grade.auto_score != auto_score:
                grade.auto_score = auto_score
                grade.needs_manual_grade = needs_manual_grade or grade.manual_score is not None
        for comment in notebook.comments:
            comment.auto_comment = graded.get("comments", {}).get(comment.name)
    gradebook.db.commit()


def write_autograded(course, graded):
    """autograded/<student>/<assignment>/ as the worker made it (gone when nothing was scored)."""
    result = graded.result
    folder = course.root / "autograded" / result.student / result.assignment
    if not result.scored:
        return
    shutil.rmtree(folder, ignore_errors=True)
    for relative, content in graded.autograded.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(content)


def remove_outputs(course, result):
    """A submission that scored nothing keeps no autograded notebook or feedback of an older one."""
    for stage in ("autograded", "feedback"):
        shutil.rmtree(course.root / stage / result.student / result.assignment, ignore_errors=True)
