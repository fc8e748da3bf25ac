"""Hidden tests run against a notebook given by the grader, or by --notebook.

    pytest tests/hidden/rnn_introduction --notebook path/to/submission.ipynb

Without --notebook, each assignment's tests run against its master notebook in source/.
"""

import contextlib
from pathlib import Path

import nbformat
import pytest

from rnncourse import execution, hidden

SOURCE = hidden.COURSE_ROOT / "source"


def pytest_addoption(parser):
    parser.addoption("--notebook", help="the notebook the hidden tests check (default: the master)")


@pytest.fixture(scope="session")
def running_notebooks(request):
    """{assignment: Student}: each assignment's notebook, executed once when first needed."""
    with contextlib.ExitStack() as stack:
        yield RunningNotebooks(request.config.getoption("--notebook"), stack)


class RunningNotebooks(dict):
    def __init__(self, notebook, stack):
        super().__init__()
        self.notebook, self.stack = notebook, stack

    def __missing__(self, assignment):
        path = self.notebook or next((SOURCE / assignment).glob("*.ipynb"))
        nb = execution.without_hidden_tests(nbformat.read(path, as_version=4))
        _, self[assignment] = self.stack.enter_context(execution.executed(nb, folder=Path(path).parent))
        return self[assignment]


@pytest.fixture(scope="module")
def student(request, running_notebooks):
    graders = [p for p in request.config.pluginmanager.get_plugins()
               if isinstance(p, hidden.HiddenTestSession)]
    if graders:
        return graders[0].student
    return running_notebooks[Path(request.path).parent.name]
