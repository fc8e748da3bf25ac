"""`pytest tests/hidden/<assignment> --notebook PATH` with a wrong PATH says so in one line."""

import subprocess
import sys
import types

import pytest

from rnncourse.judging.runner import COURSE_ROOT
from tests.hidden import conftest


def test_a_missing_notebook_gives_one_line_saying_what_to_do(tmp_path):
    path = tmp_path / "missing.ipynb"
    run = subprocess.run([sys.executable, "-m", "pytest", "tests/hidden/rnn_introduction", "--notebook", str(path),
                          "-p", "no:cacheprovider"], cwd=COURSE_ROOT, capture_output=True, text=True, timeout=300)
    output = (run.stdout + run.stderr).strip()
    assert run.returncode != 0, f"pytest should fail on --notebook {path}, got exit code 0:\n{output}"
    assert f"--notebook {path}: no such file" in output and ".ipynb" in output, \
        f"the message should name the path and say what to give; got:\n{output}"
    assert len(output.splitlines()) <= 3, f"expected a short message, got {len(output.splitlines())} lines:\n{output}"


def test_a_file_that_is_not_a_notebook_is_named(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a notebook\n")
    with pytest.raises(pytest.UsageError, match=r"--notebook .*notes.txt: not a Jupyter notebook .*\.ipynb"):
        conftest.pytest_configure(types.SimpleNamespace(getoption=lambda name: str(path)))
