"""What travels between the main process and the workers: a Job to grade, a Graded result, and
what a whole class run did. Imports rnncourse.common."""

from dataclasses import dataclass, field
from pathlib import Path


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
    result: object  # a rnncourse.common.results.Result
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
