"""The record of grading one submission, kept as JSON in .grading-cache/<assignment>/<student>.json:
written by class grading, read by the grade export. Imports nothing of rnncourse."""

import contextlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

RESULTS = ".grading-cache"
GRADED, FAILED, MISSING = "graded", "failed", "missing"


def result_path(root, assignment, student):
    """Where `rnn-course grade` keeps its result for one submission."""
    return Path(root) / RESULTS / assignment / f"{student}.json"


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
