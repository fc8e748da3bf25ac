"""The course directory: its assignments, and nbgrader's steps run through nbgrader's API."""

import contextlib
import copy
import logging
import os
import re
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import nbformat
import sqlalchemy
from nbgrader import utils
from nbgrader.apps import NbGraderAPI
from nbgrader.converters import GenerateSolution
from nbgrader.coursedir import CourseDirectory
from nbgrader.nbgraderformat import MetadataValidator, SchemaTooNewError, SchemaTooOldError, ValidationError
from nbgrader.preprocessors import ClearHiddenTests, ClearMarkScheme, ClearSolutions
from nbgrader.utils import capture_log
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

ROOT = Path(__file__).resolve().parent.parent
MASTER_METADATA = {"kernelspec", "language_info"}  # all a master keeps besides cells' nbgrader metadata
STAGING = ".rnn-course-staging-"  # generated folders are built here, then moved into place


class CourseError(Exception):
    """A problem the user can fix; its message says how."""


@dataclass
class Course:
    root: Path = ROOT
    db_url: str = ""

    def __post_init__(self):
        self.root = Path(self.root).resolve()
        if not (self.root / "nbgrader_config.py").is_file():
            raise CourseError(f"{self.root} is not a course directory (no nbgrader_config.py)")

    @property
    def assignments(self):
        source = self.root / "source"
        if not source.is_dir():
            raise CourseError(f"{source} is missing: the master notebooks live in source/<assignment>/")
        return sorted(p.name for p in source.iterdir() if p.is_dir() and any(p.glob("*.ipynb")))

    def check_assignments(self, names):
        """The given assignment names (all when empty), or a CourseError naming the valid ones."""
        unknown = [n for n in names if n not in self.assignments]
        if unknown:
            raise CourseError(f"unknown assignment {', '.join(unknown)}: choose from "
                              f"{', '.join(self.assignments)}")
        return list(names) or self.assignments

    def master(self, assignment):
        return next((self.root / "source" / assignment).glob("*.ipynb"))

    def notebook_name(self, assignment):
        return self.master(assignment).stem

    def config(self):
        config = PyFileConfigLoader("nbgrader_config.py", path=str(self.root)).load_config()
        config.merge(Config({"CourseDirectory": {"root": str(self.root)}}))
        if self.db_url:
            config.merge(Config({"CourseDirectory": {"db_url": self.db_url}}))
        return config

    def check_gradebook(self):
        """The gradebook's URL (--db, else CourseDirectory.db_url), or a CourseError if it cannot be opened."""
        url = CourseDirectory(config=self.config()).db_url
        try:
            engine = sqlalchemy.create_engine(url)
            with engine.connect():
                pass
            engine.dispose()
        except Exception as error:  # noqa: BLE001 (whatever SQLAlchemy or its driver says)
            shown = _without_password(url)
            raise CourseError(
                f"cannot open the gradebook {shown} ({type(error).__name__}: {first_line(error)}): check --db or "
                "CourseDirectory.db_url in nbgrader_config.py (PostgreSQL: "
                "postgresql+psycopg://USER:PASSWORD@HOST:PORT/DATABASE, and the database must exist)") from None
        return url

    def api(self, overrides=None):
        config = self.config()
        config.merge(overrides or Config())
        return NbGraderAPI(CourseDirectory(config=config), config=config)

    def generate_release(self, assignment):
        """release/<assignment>/ from the master; the previous release stays unless this succeeds."""
        self.check_master(assignment)
        with self._staged("release", assignment) as folder:
            self._generate_release(assignment, folder)

    def generate_solution(self, assignment, execute=True):
        """solutions/<assignment>/ from the master; the previous one stays unless this succeeds."""
        with self._staged("solutions", assignment) as folder:
            self._generate_solution(assignment, folder, execute)

    def release(self, assignment):
        """release/ and solutions/ of an assignment, both replaced only when both succeeded."""
        self.check_master(assignment)
        with self._staged("release", assignment) as release, self._staged("solutions", assignment) as solutions:
            self._generate_release(assignment, release)
            self._generate_solution(assignment, solutions, execute=True)

    def _generate_release(self, assignment, folder):
        config = Config({"CourseDirectory": {"release_directory": str(folder)}})
        with working_directory(self.root):
            result = self.api(config).generate_assignment(assignment, force=True, create=True)
        _check(result, f"generating the release of {assignment}")

    def _generate_solution(self, assignment, folder, execute):
        api = self.api(Config({"CourseDirectory": {"solution_directory": str(folder)}}))
        with working_directory(self.root):
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
    def _staged(self, kind, assignment):
        """A folder for nbgrader to generate <kind>/<assignment>/ into; moved into place when
        the block succeeds, discarded otherwise."""
        with tempfile.TemporaryDirectory(prefix=STAGING, dir=self.root) as staging:
            yield Path(staging) / kind
            target = self.root / kind / assignment
            target.parent.mkdir(exist_ok=True)
            if target.exists():
                target.rename(Path(staging) / "previous")
            (Path(staging) / kind / assignment).rename(target)

    def clean_master(self, assignment):
        """Clear what Jupyter stores in the master besides its source (outputs, execution counts,
        metadata other than nbgrader's and the kernelspec). A Counter of what was cleared."""
        path = self.master(assignment)
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

    def check_master(self, assignment):
        """Raise a CourseError naming every cell of the master that nbgrader would reject."""
        path = self.master(assignment)
        try:
            nb = nbformat.read(path, as_version=4)
        except Exception as error:  # whatever makes the file unreadable, say which file and why
            raise CourseError(f"{path.relative_to(self.root)} is not a readable notebook: {error}") from None
        problems = master_problems(nb)
        if problems:
            raise CourseError(f"{path.relative_to(self.root)} cannot be released (release/{assignment}/ and "
                              f"solutions/{assignment}/ stay as they were):\n  " + "\n  ".join(problems))

    def scratch_copy(self, destination):
        """A copy of this course's configuration, masters and releases, with its own gradebook."""
        destination = Path(destination)
        destination.mkdir(parents=True, exist_ok=True)
        shutil.copy(self.root / "nbgrader_config.py", destination)
        for folder in ("source", "release"):
            if (self.root / folder).is_dir():
                shutil.copytree(self.root / folder, destination / folder, dirs_exist_ok=True)
        return Course(destination, db_url=f"sqlite:///{destination.resolve()}/gradebook.db")


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


def _without_password(url):
    try:
        return sqlalchemy.make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 (not even a URL: show it as given)
        return url


def first_line(error):
    """The first line of an error's message (a database driver's own, not SQLAlchemy's wrapping)."""
    error = getattr(error, "orig", None) or error  # the driver's own message, not SQLAlchemy's wrapping
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:200]


@contextlib.contextmanager
def working_directory(folder):
    previous = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(previous)
