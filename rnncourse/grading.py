"""Grade a whole class: `rnn-course grade [ASSIGNMENT ...]`.

Every (student, assignment) is graded by nbgrader's own autograde (so nbgrader_config.py
applies) in a scratch course, by a worker process of a pool as large as the machine or by the
workers of a Dask cluster (rnncourse.cluster), against a private SQLite copy of the
assignment's gradebook entries. A task carries the submission's files; the course's grading
inputs go to each worker once (a cluster.Bundle). Workers send back plain results and the
autograded notebooks; the main process merges each result into the course gradebook (any
SQLAlchemy URL: SQLite, PostgreSQL), one at a time, through nbgrader's Gradebook API, never
touching manual scores, and writes autograded/.

A notebook handed in under another name is graded under the release's name; a submission
that cannot be graded scores zero with the reason, and never stops the others. Each result is kept in .grading-cache/<assignment>/<student>.json under a key that
hashes everything the grade depends on, so a rerun regrades only what changed. Feedback
(nbgrader generate_feedback) and the per-cell grade export (rnncourse.export) follow.
"""

import contextlib
import fnmatch
import hashlib
import json
import multiprocessing
import os
import re
import shutil
import sys
import tempfile
import time
import warnings
from concurrent.futures import ProcessPoolExecutor
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat
import nbgrader
import sqlalchemy
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
from tqdm import tqdm
from traitlets.config import Config

from . import cluster, hidden
from .course import Course, CourseError, first_line, working_directory
from .export import CellScoreExportPlugin, result_path

GRADER_CODE = Path(__file__).resolve().parent
GRADED, FAILED, MISSING = "graded", "failed", "missing"
IGNORED = ["__pycache__", "*.pyc", ".ipynb_checkpoints", ".*"]


@dataclass
class Result:
    """What grading one submission gave: kept as JSON, merged into the gradebook, exported."""
    student: str
    assignment: str
    status: str
    reason: str = ""
    key: str = ""
    submission: str = ""  # hash of the submission folder alone
    timestamp: str | None = None
    # notebook -> {"late_submission_penalty": x, "grades": {cell: [auto_score, needs_manual_grade]},
    #              "comments": {cell: auto_comment}}
    notebooks: dict = field(default_factory=dict)
    feedback: str = ""  # key of the feedback last generated from this result
    retry: bool = False  # the grading machinery, not the submission, failed: grade it again next run

    @property
    def scored(self):
        return self.status == GRADED

    def save(self, root):
        path = result_path(root, self.assignment, self.student)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(asdict(self), indent=1, sort_keys=True))

    @classmethod
    def load(cls, root, assignment, student):
        path = result_path(root, assignment, student)
        with contextlib.suppress(OSError, ValueError, TypeError):
            return cls(**json.loads(path.read_text()))
        return None


@dataclass
class Job:
    """One submission to grade, as sent to a worker: everything but the course's inputs."""
    assignment: str
    student: str
    notebook: str
    key: str
    submission: str
    files: dict | None = None  # path in submitted/<student>/<assignment>/ -> bytes; None: no folder


@dataclass
class Graded:
    """What a worker sends back: the result, and the files of autograded/<student>/<assignment>/."""
    result: Result
    autograded: dict = field(default_factory=dict)


@dataclass
class ClassGrades:
    """What grade_class did: every result, which ones it (re)graded, where the grades went."""
    results: list
    regraded: list
    grades: Path
    feedback: Path | None  # None when no feedback was asked for
    seconds: float = 0.0
    refused: dict = field(default_factory=dict)  # Dask worker -> why it was not given work


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
    address = cluster.scheduler_address(scheduler)
    with warnings.catch_warnings(), Gradebook(coursedir.db_url, coursedir.course_id) as gradebook, \
            tempfile.TemporaryDirectory(prefix="rnn-course-grading-") as scratch, \
            ProcessPoolExecutor(jobs or os.cpu_count(), mp_context=multiprocessing.get_context("spawn"),
                                initializer=_quiet) as pool, \
            cluster.executor(address, pool, cluster.code_digest()) as grader:
        warnings.simplefilter("ignore", sqlalchemy.exc.SAWarning)  # nbgrader's own autoflush warnings
        todo, kept, bundle = _plan(course, gradebook, assignments, students, Path(scratch))
        fresh = {}
        shared = grader.share(bundle) if todo else None
        for graded in _run(grader, _grade, todo, "grading", _lost, shared):
            result = graded.result
            _merge(gradebook, result, kept.get((result.student, result.assignment)))
            _write_autograded(course, graded)
            fresh[result.student, result.assignment] = result
        results = [fresh.get((s, a)) or kept[s, a] for a in assignments for s in students]
        for result in results:
            if (result.student, result.assignment) not in fresh:
                _merge(gradebook, result, result)  # changes nothing unless the gradebook lost it
            if not result.scored:
                _remove_outputs(course, result)
        refused = grader.refused()
        if feedback:
            _generate_feedback(course, gradebook, cluster.LocalExecutor(pool), results)
        for result in results:
            result.save(course.root)
        grades = _export(course, gradebook)
    report = ClassGrades(results, [(j.student, j.assignment) for j in todo], grades,
                         course.root / "feedback" if feedback else None, time.perf_counter() - started, refused)
    print(summary(report))
    return report


def student_folders(course):
    submitted = course.root / "submitted"
    if not submitted.is_dir():
        raise CourseError(f"no submitted/ folder in {course.root}: collect the submissions first "
                          "(nbgrader collect, or `rnn-course demo-class` for the demo class)")
    return sorted(p.name for p in submitted.iterdir() if p.is_dir() and not _ignored(p.name))


# ---------------------------------------------------------------- planning: what to grade


def _plan(course, gradebook, assignments, students, scratch):
    """Jobs for the submissions whose kept result is out of date, the kept results, and the
    bundle of grading inputs the jobs need."""
    todo, kept, inputs = [], {}, {}
    for assignment in assignments:
        _ensure_released(course, gradebook, assignment)
        template = scratch / f"{assignment}.db"
        layout = _copy_assignment(gradebook, assignment, template)
        fingerprint = _digest(layout, _assignment_files_digest(course, assignment), nbgrader.__version__)
        inputs.update(_grading_inputs(course, assignment, template))
        for student in students:
            folder = course.root / "submitted" / student / assignment
            submission = _tree_digest(folder)
            job = Job(assignment, student, course.notebook_name(assignment),
                      _digest(fingerprint, student, submission), submission)
            previous = Result.load(course.root, assignment, student)
            if previous:
                kept[student, assignment] = previous
            if not _still_valid(course, previous, job):
                job.files = _read_tree(folder) if folder.is_dir() else None
                todo.append(job)
    digest = _digest(*(f"{path}:{hashlib.sha256(content).hexdigest()}" for path, content in sorted(inputs.items())))
    return todo, kept, cluster.Bundle(digest, cluster.code_digest(), inputs)


def _grading_inputs(course, assignment, template):
    """{path in a scratch course: bytes} of what grading the assignment reads besides the submission."""
    inputs = {"nbgrader_config.py": (course.root / "nbgrader_config.py").read_bytes(),
              f"templates/{assignment}.db": template.read_bytes()}
    for folder in ("source", "release"):
        inputs.update({f"{folder}/{assignment}/{p}": c for p, c in _read_tree(course.root / folder / assignment).items()})
    tests = hidden.HIDDEN_TESTS.parent
    for path in [tests / "__init__.py", *sorted(hidden.HIDDEN_TESTS.glob("*.py"))]:
        if path.is_file():
            inputs[f"tests/{path.relative_to(tests).as_posix()}"] = path.read_bytes()
    inputs.update({f"tests/hidden/{assignment}/{p}": c for p, c in _read_tree(hidden.HIDDEN_TESTS / assignment).items()})
    return inputs


def _read_tree(folder):
    """{relative path: bytes} of the files in a folder, without caches and hidden files."""
    folder = Path(folder)
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not any(_ignored(part) for part in p.relative_to(folder).parts)}


def _ensure_released(course, gradebook, assignment):
    try:
        gradebook.find_assignment(assignment)
    except MissingEntry:
        print(f"{assignment} is not released in the gradebook yet: running `rnn-course release {assignment}`")
        course.generate_release(assignment)
        gradebook.db.expire_all()


def _still_valid(course, result, job):
    if result is None or result.retry or result.key != job.key:
        return False
    graded = course.root / "autograded" / job.student / job.assignment / f"{job.notebook}.ipynb"
    return not result.scored or graded.is_file()


def _assignment_files_digest(course, assignment):
    """Everything besides the submission that an assignment's grades depend on."""
    return _digest(
        _tree_digest(course.root / "nbgrader_config.py"),
        _tree_digest(course.root / "source" / assignment),
        _tree_digest(course.root / "release" / assignment),
        *(_tree_digest(p) for p in sorted(hidden.HIDDEN_TESTS.glob("*.py"))),
        _tree_digest(hidden.HIDDEN_TESTS / assignment),
        _tree_digest(GRADER_CODE))


def _tree_digest(path):
    """A hash of a file, or of a folder's file names and contents ('absent' if neither)."""
    path = Path(path)
    if path.is_file():
        return hashlib.sha256(path.read_bytes()).hexdigest()
    if not path.is_dir():
        return "absent"
    files = sorted(p for p in path.rglob("*") if p.is_file()
                   and not any(_ignored(part) for part in p.relative_to(path).parts))
    return _digest(*(f"{p.relative_to(path).as_posix()}:{_tree_digest(p)}" for p in files))


def _digest(*parts):
    return hashlib.sha256("\0".join(map(str, parts)).encode()).hexdigest()


def _ignored(name):
    return any(fnmatch.fnmatch(name, pattern) for pattern in IGNORED)


def _copy_assignment(source, assignment, path):
    """A new SQLite gradebook holding only the assignment's definition; returns that definition."""
    url = f"sqlite:///{path}"
    _stamp_like(source, url)
    original = source.find_assignment(assignment)
    layout = {"duedate": str(original.duedate), "notebooks": {}}
    with Gradebook(url, original.course_id) as copy:
        copy.update_or_create_assignment(assignment, duedate=original.duedate)
        for notebook in original.notebooks:
            cells = layout["notebooks"][notebook.name] = []
            copy.update_or_create_notebook(notebook.name, assignment)
            for cell in sorted(notebook.grade_cells, key=lambda c: c.name):
                copy.update_or_create_grade_cell(cell.name, notebook.name, assignment,
                                                 max_score=cell.max_score, cell_type=cell.cell_type)
                cells.append(("grade", cell.name, cell.max_score, cell.cell_type))
            for cell in sorted(notebook.task_cells, key=lambda c: c.name):
                copy.update_or_create_task_cell(cell.name, notebook.name, assignment,
                                                max_score=cell.max_score, cell_type=cell.cell_type)
                cells.append(("task", cell.name, cell.max_score, cell.cell_type))
            for cell in sorted(notebook.solution_cells, key=lambda c: c.name):
                copy.update_or_create_solution_cell(cell.name, notebook.name, assignment)
                cells.append(("solution", cell.name))
            for cell in sorted(notebook.source_cells, key=lambda c: c.name):
                copy.update_or_create_source_cell(cell.name, notebook.name, assignment, cell_type=cell.cell_type,
                                                  locked=cell.locked, source=cell.source, checksum=cell.checksum)
                cells.append(("source", cell.name, cell.cell_type, cell.locked, cell.checksum))
    return json.dumps(layout, sort_keys=True)


def _stamp_like(source, url):
    """Give a new database the schema version of `source`, so that nbgrader opens it as it is
    (for a new database nbgrader runs the `alembic` command to learn it: 2.4 s here)."""
    version = source.db.execute(sqlalchemy.text("SELECT version_num FROM alembic_version")).scalar()
    engine = sqlalchemy.create_engine(url)
    with engine.begin() as connection:
        connection.execute(sqlalchemy.text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
        connection.execute(sqlalchemy.text("INSERT INTO alembic_version VALUES (:v)"), {"v": version})
    engine.dispose()


# ---------------------------------------------------------------- the pool


def _quiet():
    """Workers print nothing: kernels and nbgrader would scramble the progress bar."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)


def _run(executor, work, jobs, description, on_crash, *args):
    """Results of work(job, *args) for every job, in the order they finish, with a progress bar."""
    if not jobs:
        return
    futures = {executor.submit(work, job, *args): job for job in jobs}
    with tqdm(total=len(futures), desc=description, unit="submission", file=sys.stderr) as progress:
        for future in executor.as_completed(futures):
            try:
                yield executor.result(future)
            except executor.errors as error:
                yield on_crash(futures[future], error)
            progress.update()


# ---------------------------------------------------------------- one submission (in a worker)


def _grade(job, bundle):
    """Grade one submission on a worker (a local process or a Dask worker): a `Graded`."""
    try:
        problem = cluster.worker_problem(bundle.code)
        if problem:  # fail closed: no sandbox, no grading
            return Graded(_crashed_grading(job, CourseError(f"worker {cluster.worker_name()} {problem}")))
        with tempfile.TemporaryDirectory(prefix="rnn-course-submission-") as scratch:
            return _grade_submission(job, cluster.unpacked(bundle), Path(scratch))
    except Exception as error:  # noqa: BLE001 (a bug or a broken machine must not stop the class)
        return Graded(_crashed_grading(job, error))


def _lost(job, error):
    """The worker or the pool failed, not the task: a result to grade again next run."""
    return Graded(_crashed_grading(job, error))


def _crashed_grading(job, error):
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
    with cluster.hidden_tests_from(inputs):
        outcome = _autograde(course, job, scratch / "submitted", f"sqlite:///{database}")
    if not outcome["success"]:
        result.status = FAILED
        result.reason = f"nbgrader could not grade it: {_failure_reason(outcome)}"
        result.retry = True  # it may be the machine's fault
        return Graded(result)
    result.timestamp, result.notebooks = _read_grades(f"sqlite:///{database}", job)
    result.status, result.reason = GRADED, "; ".join(notes)
    return Graded(result, _read_tree(course.root / "autograded" / job.student / job.assignment))


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


# ---------------------------------------------------------------- into the course gradebook


def _merge(gradebook, result, previous):
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


def _write_autograded(course, graded):
    """autograded/<student>/<assignment>/ as the worker made it (gone when nothing was scored)."""
    result = graded.result
    folder = course.root / "autograded" / result.student / result.assignment
    if not result.scored:
        return
    shutil.rmtree(folder, ignore_errors=True)
    for relative, content in graded.autograded.items():
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).write_bytes(content)


def _remove_outputs(course, result):
    """A submission that scored nothing keeps no autograded notebook or feedback of an older one."""
    for stage in ("autograded", "feedback"):
        shutil.rmtree(course.root / stage / result.student / result.assignment, ignore_errors=True)


# ---------------------------------------------------------------- feedback and export


def _generate_feedback(course, gradebook, pool, results):
    """nbgrader generate_feedback for every scored submission whose grades changed since."""
    keys = {(r.student, r.assignment): _feedback_key(gradebook, r) for r in results if r.scored}
    todo = {(r.student, r.assignment): r for r in results if r.scored and (
        r.feedback != keys[r.student, r.assignment] or not _feedback_file(course, r).is_file())}
    jobs = [(course, assignment, student) for student, assignment in todo]
    for (_, assignment, student), success in _run(pool, _feedback, jobs, "feedback",
                                                  lambda job, error: (job, False)):
        todo[student, assignment].feedback = keys[student, assignment] if success else ""


def _feedback(job):
    course, assignment, student = job
    with working_directory(course.root):
        outcome = course.api().generate_feedback(assignment, student, force=True)
    return job, outcome["success"]


def _feedback_key(gradebook, result):
    submission = gradebook.find_submission(result.assignment, result.student)
    return _digest(result.key, submission.timestamp, *(
        (nb.name, nb.late_submission_penalty, [(g.name, g.auto_score, g.manual_score, g.extra_credit)
                                               for g in sorted(nb.grades, key=lambda g: g.name)],
         [(c.name, c.auto_comment, c.manual_comment) for c in sorted(nb.comments, key=lambda c: c.name)])
        for nb in sorted(submission.notebooks, key=lambda nb: nb.name)))


def _feedback_file(course, result):
    return (course.root / "feedback" / result.student / result.assignment
            / f"{course.notebook_name(result.assignment)}.html")


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
