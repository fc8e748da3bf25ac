"""Hidden tests run against a notebook given by the grader, or by --notebook.

    pytest tests/hidden/rnn_introduction --notebook path/to/submission.ipynb

Without --notebook, each assignment's tests run against its master notebook in source/.
"""

from pathlib import Path

import nbformat
import pytest

from rnncourse import execution, hidden

SOURCE = hidden.COURSE_ROOT / "source"


def pytest_addoption(parser):
    parser.addoption("--notebook", help="the notebook the hidden tests check (default: the master)")


@pytest.fixture(scope="package")
def student(request):
    graders = [p for p in request.config.pluginmanager.get_plugins()
               if isinstance(p, hidden.HiddenTestSession)]
    if graders:
        yield graders[0].student
        return
    assignment = Path(request.path).parent.name
    path = request.config.getoption("--notebook") or next((SOURCE / assignment).glob("*.ipynb"))
    nb = execution.without_hidden_tests(nbformat.read(path, as_version=4))
    with execution.executed(nb, cwd=Path(path).parent) as (_, notebook):
        yield notebook
