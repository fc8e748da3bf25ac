"""Hidden tests run against a notebook given by the grader, or by --notebook.

    pytest tests/hidden/rnn_introduction --notebook path/to/submission.ipynb

Without --notebook, each assignment's tests run against its master notebook in source/.
"""

import contextlib
from pathlib import Path

import nbformat
import pytest

from rnncourse.judging import execution, runner

SOURCE = runner.COURSE_ROOT / "source"


def pytest_addoption(parser):
    parser.addoption("--notebook", help="the notebook the hidden tests check (default: the master)")


def pytest_configure(config):
    """A wrong --notebook stops the run with one line saying what to give instead."""
    path = config.getoption("--notebook")
    if path is None:
        return
    if not Path(path).is_file():
        raise pytest.UsageError(f"--notebook {path}: no such file; give the path of a Jupyter notebook "
                                f"(.ipynb), such as release/rnn_introduction/rnn_introduction.ipynb")
    try:
        nbformat.read(path, as_version=4)
    except Exception as error:  # nbformat raises several kinds for a file that is not a notebook
        raise pytest.UsageError(f"--notebook {path}: not a Jupyter notebook nbformat can read "
                                f"({type(error).__name__}); give the path of an .ipynb file") from None


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
               if isinstance(p, runner.HiddenTestSession)]
    if graders:
        return graders[0].student
    return running_notebooks[Path(request.path).parent.name]
