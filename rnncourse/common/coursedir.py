"""The course directory: where its assignments, masters and configuration are, and nbgrader's
API and gradebook opened on it. Imports only rnncourse.common."""

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy
from nbgrader.apps import NbGraderAPI
from nbgrader.coursedir import CourseDirectory
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from .errors import CourseError, first_line

ROOT = Path(__file__).resolve().parent.parent.parent


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

    def scratch_copy(self, destination):
        """A copy of this course's configuration, masters and releases, with its own gradebook."""
        destination = Path(destination)
        destination.mkdir(parents=True, exist_ok=True)
        shutil.copy(self.root / "nbgrader_config.py", destination)
        for folder in ("source", "release"):
            if (self.root / folder).is_dir():
                shutil.copytree(self.root / folder, destination / folder, dirs_exist_ok=True)
        return Course(destination, db_url=f"sqlite:///{destination.resolve()}/gradebook.db")


def _without_password(url):
    try:
        return sqlalchemy.make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 (not even a URL: show it as given)
        return url


@contextlib.contextmanager
def working_directory(folder):
    previous = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(previous)
