"""Grade a whole class: `rnn-course grade [ASSIGNMENT ...]`.

Every (student, assignment) whose kept result is out of date (plan.py) is graded by a worker of
a process pool as large as the machine, or by the workers of a Dask cluster (executors.py), in
the order they finish; the main process merges each result into the course gradebook (any
SQLAlchemy URL: SQLite, PostgreSQL), one at a time, through nbgrader's Gradebook API, never
touching manual scores, and writes autograded/ (merge.py). A submission that cannot be graded
scores zero with the reason, and never stops the others. Each result is kept in
.grading-cache/<assignment>/<student>.json under a key that hashes everything the grade depends
on, so a rerun regrades only what changed. Feedback (feedback.py), the per-cell grade export
(rnncourse.nbgrader_plugins.export) and a summary follow.
Imports the grading core's export plugin, rnncourse.common and the class-grading modules.
"""

import multiprocessing
import os
import tempfile
import time
import warnings
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import sqlalchemy
from nbgrader.api import Gradebook
from nbgrader.coursedir import CourseDirectory

from ..common.coursedir import working_directory
from ..common.digests import code_digest
from ..common.results import FAILED, GRADED, MISSING
from ..nbgrader_plugins.export import CellScoreExportPlugin
from . import executors, submission
from .executors import run_all
from .feedback import generate_feedback
from .jobs import ClassGrades
from .merge import merge, remove_outputs, write_autograded
from .plan import plan, student_folders


def grade_class(course, assignments, jobs=None, feedback=True, scheduler=None):
    """Grade every student folder in submitted/ for the given assignments (all when empty),
    then write feedback/ (unless told not to) and grades.csv and print a summary.
    `jobs`: local worker processes; `scheduler`: the address of a Dask scheduler to grade on
    (default: Dask's configuration, DASK_SCHEDULER_ADDRESS; none: this machine)."""
    started = time.perf_counter()
    assignments = course.check_assignments(assignments)
    students = student_folders(course)
    coursedir = CourseDirectory(config=course.config())
    course.check_gradebook()
    address = executors.scheduler_address(scheduler)
    with warnings.catch_warnings(), Gradebook(coursedir.db_url, coursedir.course_id) as gradebook, \
            tempfile.TemporaryDirectory(prefix="rnn-course-grading-") as scratch, \
            ProcessPoolExecutor(jobs or os.cpu_count(), mp_context=multiprocessing.get_context("spawn"),
                                initializer=_quiet) as pool, \
            executors.executor(address, pool, code_digest()) as grader:
        warnings.simplefilter("ignore", sqlalchemy.exc.SAWarning)  # nbgrader's own autoflush warnings
        todo, kept, bundle = plan(course, gradebook, assignments, students, Path(scratch))
        fresh = {}
        shared = grader.share(bundle) if todo else None
        for graded in run_all(grader, submission.grade, todo, "grading", submission.lost, shared):
            result = graded.result
            merge(gradebook, result, kept.get((result.student, result.assignment)))
            write_autograded(course, graded)
            fresh[result.student, result.assignment] = result
        results = [fresh.get((s, a)) or kept[s, a] for a in assignments for s in students]
        for result in results:
            if (result.student, result.assignment) not in fresh:
                merge(gradebook, result, result)  # changes nothing unless the gradebook lost it
            if not result.scored:
                remove_outputs(course, result)
        refused = grader.refused()
        if feedback:
            generate_feedback(course, gradebook, executors.LocalExecutor(pool), results)
        for result in results:
            result.save(course.root)
        grades = _export(course, gradebook)
    report = ClassGrades(results, [(j.student, j.assignment) for j in todo], grades,
                         course.root / "feedback" if feedback else None, time.perf_counter() - started, refused)
    print(summary(report))
    return report


def _quiet():
    """Workers print nothing: kernels and nbgrader would scramble the progress bar."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)


def _export(course, gradebook):
    plugin = CellScoreExportPlugin(config=course.config())
    plugin.to = str(course.root / (plugin.to or "grades.csv"))
    with working_directory(course.root):
        plugin.export(gradebook)
    return Path(plugin.to)


def summary(report):
    results = report.results
    counts = {status: sum(r.status == status for r in results) for status in (GRADED, FAILED, MISSING)}
    students = {r.student for r in results}
    scored = {r.student for r in results if r.scored}
    lines = [f"graded {len(scored)} of {len(students)} students "
             f"({len(report.regraded)} of {len(results)} submissions graded now, the rest unchanged since "
             f"the last run) in {report.seconds:.0f} s: "
             + ", ".join(f"{n} {status}" for status, n in counts.items() if n)]
    lines += [f"  {r.status:8s} {r.student} / {r.assignment}: {r.reason}"
              for r in results if r.reason]
    lines += [f"  refused  Dask worker {worker}: it {why}" for worker, why in sorted(report.refused.items())]
    lines.append(f"grades:   {report.grades} (a row per student and assignment, a column per graded cell)")
    if report.feedback:
        lines.append(f"feedback: {report.feedback}/<student>/<assignment>/")
    return "\n".join(lines)
