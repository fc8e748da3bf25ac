"""Feedback for a class: nbgrader generate_feedback for every scored submission whose grades
changed since its feedback was made, on the local pool. Imports rnncourse.common and the
class-grading executors."""

from ..common.coursedir import working_directory
from ..common.digests import digest
from .executors import run_all


def generate_feedback(course, gradebook, pool, results):
    """nbgrader generate_feedback for every scored submission whose grades changed since."""
    keys = {(r.student, r.assignment): _feedback_key(gradebook, r) for r in results if r.scored}
    todo = {(r.student, r.assignment): r for r in results if r.scored and (
        r.feedback != keys[r.student, r.assignment] or not _feedback_file(course, r).is_file())}
    jobs = [(course, assignment, student) for student, assignment in todo]
    for (_, assignment, student), success in run_all(pool, _feedback, jobs, "feedback",
                                                     lambda job, error: (job, False)):
        todo[student, assignment].feedback = keys[student, assignment] if success else ""


def _feedback(job):
    course, assignment, student = job
    with working_directory(course.root):
        outcome = course.api().generate_feedback(assignment, student, force=True)
    return job, outcome["success"]


def _feedback_key(gradebook, result):
    submission = gradebook.find_submission(result.assignment, result.student)
    return digest(result.key, submission.timestamp, *(
        (nb.name, nb.late_submission_penalty, [(g.name, g.auto_score, g.manual_score, g.extra_credit)
                                               for g in sorted(nb.grades, key=lambda g: g.name)],
         [(c.name, c.auto_comment, c.manual_comment) for c in sorted(nb.comments, key=lambda c: c.name)])
        for nb in sorted(submission.notebooks, key=lambda nb: nb.name)))


def _feedback_file(course, result):
    return (course.root / "feedback" / result.student / result.assignment
            / f"{course.notebook_name(result.assignment)}.html")
