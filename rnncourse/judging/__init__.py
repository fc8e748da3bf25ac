"""The grading core's judge: runs a notebook in the sandbox and its hidden tests (pytest) in the
grader's process, through the channel, and decides each test cell. Imports rnncourse.channel,
rnncourse.sandbox and rnncourse.common."""

from .runner import run, run_in_notebook

__all__ = ["run", "run_in_notebook"]
