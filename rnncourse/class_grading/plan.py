"""Planning a class run: which submissions need grading (their kept result is out of date),
what each job carries, and the bundle of grading inputs every worker needs once.
Imports rnncourse.judging (where the hidden tests are) and rnncourse.common."""

import hashlib
import json
from pathlib import Path

import nbgrader
import sqlalchemy
from nbgrader.api import Gradebook, MissingEntry

from ..common.digests import code_digest, digest, ignored, tree_digest
from ..common.errors import CourseError
from ..common.results import Result
from ..judging import runner
from .jobs import Job
from .worker import Bundle


def student_folders(course):
    submitted = course.root / "submitted"
    if not submitted.is_dir():
        raise CourseError(f"no submitted/ folder in {course.root}: collect the submissions first "
                          "(nbgrader collect, or `rnn-course demo-class` for the demo class)")
    return sorted(p.name for p in submitted.iterdir() if p.is_dir() and not ignored(p.name))


def plan(course, gradebook, assignments, students, scratch):
    """Jobs for the submissions whose kept result is out of date, the kept results, and the
    bundle of grading inputs the jobs need."""
    todo, kept, inputs = [], {}, {}
    for assignment in assignments:
        _check_released(gradebook, assignment)
        template = scratch / f"{assignment}.db"
        layout = _copy_assignment(gradebook, assignment, template)
        fingerprint = digest(layout, _assignment_files_digest(course, assignment), nbgrader.__version__)
        inputs.update(_grading_inputs(course, assignment, template))
        for student in students:
            folder = course.root / "submitted" / student / assignment
            submission = tree_digest(folder)
            job = Job(assignment, student, course.notebook_name(assignment),
                      digest(fingerprint, student, submission), submission)
            previous = Result.load(course.root, assignment, student)
            if previous:
                kept[student, assignment] = previous
            if not _still_valid(course, previous, job):
                job.files = read_tree(folder) if folder.is_dir() else None
                todo.append(job)
    bundle_digest = digest(*(f"{path}:{hashlib.sha256(content).hexdigest()}" for path, content in sorted(inputs.items())))
    return todo, kept, Bundle(bundle_digest, code_digest(), inputs)


def _grading_inputs(course, assignment, template):
    """{path in a scratch course: bytes} of what grading the assignment reads besides the submission."""
    inputs = {"nbgrader_config.py": (course.root / "nbgrader_config.py").read_bytes(),
              f"templates/{assignment}.db": template.read_bytes()}
    for folder in ("source", "release"):
        inputs.update({f"{folder}/{assignment}/{p}": c for p, c in read_tree(course.root / folder / assignment).items()})
    tests = runner.HIDDEN_TESTS.parent
    for path in [tests / "__init__.py", *sorted(runner.HIDDEN_TESTS.glob("*.py"))]:
        if path.is_file():
            inputs[f"tests/{path.relative_to(tests).as_posix()}"] = path.read_bytes()
    inputs.update({f"tests/hidden/{assignment}/{p}": c for p, c in read_tree(runner.HIDDEN_TESTS / assignment).items()})
    return inputs


def read_tree(folder):
    """{relative path: bytes} of the files in a folder, without caches and hidden files."""
    folder = Path(folder)
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not any(ignored(part) for part in p.relative_to(folder).parts)}


def _check_released(gradebook, assignment):
    try:
        gradebook.find_assignment(assignment)
    except MissingEntry:
        raise CourseError(f"{assignment} is not released in the gradebook yet: run "
                          f"`rnn-course release {assignment}` first") from None


def _still_valid(course, result, job):
    if result is None or result.retry or result.key != job.key:
        return False
    graded = course.root / "autograded" / job.student / job.assignment / f"{job.notebook}.ipynb"
    return not result.scored or graded.is_file()


def _assignment_files_digest(course, assignment):
    """Everything besides the submission that an assignment's grades depend on."""
    return digest(
        tree_digest(course.root / "nbgrader_config.py"),
        tree_digest(course.root / "source" / assignment),
        tree_digest(course.root / "release" / assignment),
        *(tree_digest(p) for p in sorted(runner.HIDDEN_TESTS.glob("*.py"))),
        tree_digest(runner.HIDDEN_TESTS / assignment),
        code_digest())


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
