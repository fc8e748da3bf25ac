"""Release an assignment: release/ (the student version) and solutions/ (executed) from its
master in source/, each replaced only when generating it succeeded, and the checks a master
must pass first. Imports rnncourse.common only."""

import contextlib
import copy
import logging
import re
import tempfile
from collections import Counter
from pathlib import Path

import nbformat
from nbgrader import utils
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.converters import GenerateSolution
from nbgrader.nbgraderformat import (
    MetadataValidator,
    SchemaTooNewError,
    SchemaTooOldError,
    ValidationError,
)
from nbgrader.preprocessors import ClearHiddenTests, ClearMarkScheme, ClearSolutions
from nbgrader.utils import capture_log
from traitlets.config import Config

from ..common.coursedir import working_directory
from ..common.errors import CourseError

MASTER_METADATA = {"kernelspec", "language_info"}  # all a master keeps besides cells' nbgrader metadata
STAGING = ".rnn-course-staging-"  # generated folders are built here, then moved into place


def generate_release(course, assignment):
    """release/<assignment>/ from the master; the previous release stays unless this succeeds."""
    check_master(course, assignment)
    with _staged(course, "release", assignment) as folder:
        _generate_release(course, assignment, folder)


def generate_solution(course, assignment, execute=True):
    """solutions/<assignment>/ from the master; the previous one stays unless this succeeds."""
    with _staged(course, "solutions", assignment) as folder:
        _generate_solution(course, assignment, folder, execute)


def release(course, assignment):
    """release/ and solutions/ of an assignment, both replaced only when both succeeded."""
    check_master(course, assignment)
    with _staged(course, "release", assignment) as release, _staged(course, "solutions", assignment) as solutions:
        _generate_release(course, assignment, release)
        _generate_solution(course, assignment, solutions, execute=True)


def ensure_released(course, assignments):
    """Release every assignment the gradebook does not know yet (grading needs its cells)."""
    with Gradebook(course.check_gradebook()) as gradebook:
        unknown = []
        for assignment in assignments:
            try:
                gradebook.find_assignment(assignment)
            except MissingEntry:
                unknown.append(assignment)
    for assignment in unknown:
        print(f"{assignment} is not released in the gradebook yet: running `rnn-course release {assignment}`")
        generate_release(course, assignment)


def _generate_release(course, assignment, folder):
    config = Config({"CourseDirectory": {"release_directory": str(folder)}})
    with working_directory(course.root):
        result = course.api(config).generate_assignment(assignment, force=True, create=True)
    _check(result, f"generating the release of {assignment}")


def _generate_solution(course, assignment, folder, execute):
    api = course.api(Config({"CourseDirectory": {"solution_directory": str(folder)}}))
    with working_directory(course.root):
        api.coursedir.assignment_id = assignment
        converter = GenerateSolution(coursedir=api.coursedir, parent=api)
        converter.force = True
        if not execute:
            converter.preprocessors = [p for p in converter.preprocessors
                                       if "Execute" not in getattr(p, "__name__", str(p))]
        _check(capture_log(converter), f"generating the solutions of {assignment}")
    failed = [f"cell {index + 1} (id {cell.get('id', '?')}) raised " + ", then ".join(errors)
              for notebook in sorted((folder / assignment).glob("*.ipynb"))
              for index, cell in enumerate(nbformat.read(notebook, as_version=4).cells)
              if (errors := [f"{o.ename}: {o.evalue}".rstrip(": ") for o in cell.get("outputs", [])
                             if o.output_type == "error"])]
    if failed:
        raise CourseError(f"the master of {assignment} fails when run (release/{assignment}/ and "
                          f"solutions/{assignment}/ stay as they were):\n  " + "\n  ".join(failed))


@contextlib.contextmanager
def _staged(course, kind, assignment):
    """A folder for nbgrader to generate <kind>/<assignment>/ into; moved into place when
    the block succeeds, discarded otherwise."""
    with tempfile.TemporaryDirectory(prefix=STAGING, dir=course.root) as staging:
        yield Path(staging) / kind
        target = course.root / kind / assignment
        target.parent.mkdir(exist_ok=True)
        if target.exists():
            target.rename(Path(staging) / "previous")
        (Path(staging) / kind / assignment).rename(target)


def clean_master(course, assignment):
    """Clear what Jupyter stores in the master besides its source (outputs, execution counts,
    metadata other than nbgrader's and the kernelspec). A Counter of what was cleared."""
    path = course.master(assignment)
    nb = nbformat.read(path, as_version=4)
    cleared = Counter()
    for cell in nb.cells:
        if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None):
            cell.outputs, cell.execution_count = [], None
            cleared["outputs"] += 1
        if set(cell.metadata) - {"nbgrader"}:
            cell.metadata = {k: v for k, v in cell.metadata.items() if k == "nbgrader"}
            cleared["cell metadata"] += 1
    if set(nb.metadata) - MASTER_METADATA:
        nb.metadata = {k: v for k, v in nb.metadata.items() if k in MASTER_METADATA}
        cleared["notebook metadata"] += 1
    if cleared:
        nbformat.write(nb, path)
    return cleared


def check_master(course, assignment):
    """Raise a CourseError naming every cell of the master that nbgrader would reject."""
    path = course.master(assignment)
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as error:  # whatever makes the file unreadable, say which file and why
        raise CourseError(f"{path.relative_to(course.root)} is not a readable notebook: {error}") from None
    problems = master_problems(nb)
    if problems:
        raise CourseError(f"{path.relative_to(course.root)} cannot be released (release/{assignment}/ and "
                          f"solutions/{assignment}/ stay as they were):\n  " + "\n  ".join(problems))


def master_problems(nb):
    """One line per problem, naming the cell: nbgrader's metadata schema, grade ids used twice,
    graded cells without points, and marked regions nbgrader's preprocessors reject."""
    problems, owners = [], {}
    for index, cell in enumerate(nb.cells):
        where = f"cell {index + 1} (id {cell.get('id', '?')})"
        meta = cell.metadata.get("nbgrader")
        try:
            MetadataValidator().validate_cell(cell)
        except SchemaTooOldError:
            problems.append(f"{where}: its nbgrader metadata lacks \"schema_version\": 3 (set it, or mark the "
                            "cell again in Jupyter's Create Assignment toolbar)")
            continue
        except (SchemaTooNewError, ValidationError) as error:
            problems.append(f"{where}: invalid nbgrader metadata: {getattr(error, 'message', error)}")
            continue
        if meta and (utils.is_grade(cell) or utils.is_solution(cell) or utils.is_locked(cell)):
            grade_id = meta["grade_id"]
            where = f"{where}, grade id {grade_id!r}"
            if grade_id in owners:
                problems.append(f"{where}: the grade id is also used by {owners[grade_id]}; "
                                "give each graded, solution or locked cell a grade id of its own")
            owners.setdefault(grade_id, f"cell {index + 1} (id {cell.get('id', '?')})")
            if utils.is_grade(cell) and not meta.get("points", 0) > 0:
                problems.append(f"{where}: a graded cell needs points > 0 (it has {meta.get('points')})")
        problems += [f"{where}: {error}" for error in region_errors(cell)]
    return problems


def region_errors(cell):
    """What nbgrader's solution, hidden-test and mark-scheme preprocessors say about a cell."""
    quiet = logging.getLogger("rnncourse.check_master")
    quiet.disabled = True
    errors = []
    for preprocessor in (ClearSolutions(log=quiet), ClearHiddenTests(log=quiet), ClearMarkScheme(log=quiet)):
        try:
            preprocessor.preprocess_cell(copy.deepcopy(cell), {"language": "python"}, 0)
        except RuntimeError as error:
            errors.append(str(error))
    return errors


def _check(result, what):
    if not result["success"]:
        raise CourseError(f"{what} failed, the previous one stays as it was: {nbgrader_error(result)}")


def nbgrader_error(result):
    """The first error nbgrader logged (its root cause), without the traceback around it."""
    text = f"{result.get('log', '')}\n{result.get('error', '')}"
    causes = [m.group(1).strip() for m in re.finditer(r"^\s*(?:[\w.]+\.)?(\w+(?:Error|Exception): .*)$", text, re.M)
              if "Please see the" not in m.group(1)]
    return causes[0] if causes else text.strip().splitlines()[-1]
