"""Grading one submission on a worker (a local process or a Dask worker): the job's files are
staged as nbgrader expects them in a scratch course made of the bundle's inputs, and nbgrader's
own autograde grades them (so nbgrader_config.py applies) against a private SQLite copy of the
assignment's gradebook entries. A notebook handed in under another name is graded under the
release's name; a submission that cannot be graded scores zero with the reason.
Imports rnncourse.common and the class-grading worker helpers."""

import re
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import nbformat
from nbgrader.api import Gradebook
from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config

from ..common.coursedir import Course, working_directory
from ..common.digests import IGNORED
from ..common.errors import CourseError, first_line
from ..common.results import FAILED, GRADED, MISSING, Result
from . import worker
from .jobs import Graded
from .plan import read_tree


def grade(job, bundle):
    """Grade one submission on a worker: a `Graded`."""
    try:
        problem = worker.worker_problem(bundle.code)
        if problem:  # fail closed: no sandbox, no grading
            return Graded(crashed_grading(job, CourseError(f"worker {worker.worker_name()} {problem}")))
        with tempfile.TemporaryDirectory(prefix="rnn-course-submission-") as scratch:
            return _grade_submission(job, worker.unpacked(bundle), Path(scratch))
    except Exception as error:  # noqa: BLE001 (a bug or a broken machine must not stop the class)
        return Graded(crashed_grading(job, error))


def lost(job, error):
    """The worker or the pool failed, not the task: a result to grade again next run."""
    return Graded(crashed_grading(job, error))


def crashed_grading(job, error):
    """A result to grade again next run: the grading machinery failed (a CourseError says why to
    the user), not the submission."""
    why = str(error) if isinstance(error, CourseError) else f"grading crashed ({type(error).__name__}: {first_line(error)})"
    return Result(job.student, job.assignment, FAILED, f"{why}; run `rnn-course grade` again",
                  job.key, job.submission, retry=True)


def _grade_submission(job, inputs, scratch):
    """Grade in a scratch course made of the bundle's inputs (unpacked in `inputs`)."""
    result = Result(job.student, job.assignment, MISSING, key=job.key, submission=job.submission)
    folder = _unpack(job, scratch / "handed_in" / job.student / job.assignment)
    if not job.files:
        result.reason = f"nothing submitted in submitted/{job.student}/{job.assignment}/"
        return Graded(result)
    chosen, notes = _choose_notebook(folder, job.notebook)
    if chosen is None:
        result.reason = notes[0]
        return Graded(result)
    try:
        nb = nbformat.read(chosen, as_version=4)
    except Exception as error:  # noqa: BLE001 (whatever nbformat says about a broken file)
        result.status, result.reason = FAILED, f"corrupt notebook '{chosen.name}': {first_line(error)}"
        return Graded(result)
    notes += _pasted_grade_cells(nb)
    course = _scratch_course(inputs, scratch / "course")
    _stage(job, folder, chosen, scratch / "submitted")
    database = scratch / "gradebook.db"
    shutil.copy(inputs / "templates" / f"{job.assignment}.db", database)
    with worker.hidden_tests_from(inputs):
        outcome = _autograde(course, job, scratch / "submitted", f"sqlite:///{database}")
    if not outcome["success"]:
        result.status = FAILED
        result.reason = f"nbgrader could not grade it: {_failure_reason(outcome)}"
        result.retry = True  # it may be the machine's fault
        return Graded(result)
    result.timestamp, result.notebooks = _read_grades(f"sqlite:///{database}", job)
    result.status, result.reason = GRADED, "; ".join(notes)
    return Graded(result, read_tree(course.root / "autograded" / job.student / job.assignment))


def _unpack(job, folder):
    for relative, content in (job.files or {}).items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(content)
    if job.files is not None:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def _scratch_course(inputs, root):
    """A course folder whose configuration and masters are the bundle's, and autograded/ its own."""
    root.mkdir(parents=True)
    shutil.copy(inputs / "nbgrader_config.py", root)
    (root / "source").symlink_to(inputs / "source")
    return Course(root)


def _choose_notebook(folder, name):
    """(path, notes) of the notebook to grade as `name`.ipynb, or (None, [why not])."""
    expected = folder / f"{name}.ipynb"
    if expected.is_file():
        return expected, []
    found = sorted((p for p in folder.glob("*.ipynb") if p.is_file()), key=_natural)
    if not found:
        files = ", ".join(sorted(p.name for p in folder.iterdir())) or "nothing"
        return None, [f"no notebook in submitted/{folder.parent.name}/{folder.name}/ (found {files})"]
    similar = [p for p in found if p.stem.startswith(name)]
    chosen = (similar or found)[-1]
    others = [f"'{p.name}'" for p in found if p != chosen]
    note = f"graded '{chosen.name}' as {name}.ipynb"
    return chosen, [note + (f" (ignored {', '.join(others)})" if others else "")]


def _natural(path):
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", path.name)]


def _pasted_grade_cells(nb):
    """Notes on grade ids that appear more than once (the course's grader decides which counts)."""
    counts = Counter(cell.metadata.get("nbgrader", {}).get("grade_id") for cell in nb.cells)
    return [f"grade cell {g} appears {n} times" for g, n in sorted(counts.items(), key=str) if g and n > 1]


def _stage(job, handed_in, notebook, submitted):
    """The submission as nbgrader expects it: other files as handed in, the notebook under its name."""
    folder = submitted / job.student / job.assignment
    shutil.copytree(handed_in, folder, ignore=shutil.ignore_patterns("*.ipynb", *IGNORED))
    shutil.copy(notebook, folder / f"{job.notebook}.ipynb")


def _autograde(course, job, submitted, db_url):
    config = course.config()
    config.merge(Config({"CourseDirectory": {"submitted_directory": str(submitted), "db_url": db_url}}))
    api = NbGraderAPI(CourseDirectory(config=config), config=config)
    with working_directory(course.root):
        return api.autograde(job.assignment, job.student, force=True, create=True)


def _failure_reason(outcome):
    """The exception nbgrader logged for a failed autograde, or its first error message."""
    log = outcome.get("log", "") + "\n" + outcome.get("error", "")
    raised = re.findall(r"^\s*((?:\w+\.)*\w*(?:Error|Exception|Interrupt)\b.*)$", log, re.MULTILINE)
    errors = re.findall(r"^\[ERROR\] (.*)$", log, re.MULTILINE)
    if raised:
        return raised[-1][:300]
    return errors[0][:300] if errors else "nbgrader logged no error"


def _read_grades(db_url, job):
    with Gradebook(db_url) as gradebook:
        submission = gradebook.find_submission(job.assignment, job.student)
        notebooks = {nb.name: {"late_submission_penalty": nb.late_submission_penalty,
                               "grades": {g.name: [g.auto_score, g.needs_manual_grade] for g in nb.grades},
                               "comments": {c.name: c.auto_comment for c in nb.comments}}
                     for nb in submission.notebooks}
        timestamp = submission.timestamp.isoformat() if submission.timestamp else None
    return timestamp, notebooks
