"""`pytest tests/hidden/<assignment> --notebook PATH` with a wrong PATH says so in one line."""

import subprocess
import sys

import pytest

from rnncourse.hidden import COURSE_ROOT


@pytest.mark.parametrize("name, content, expected", [
    ("missing.ipynb", None, "no such file"),
    ("notes.txt", "not a notebook\n", "not a Jupyter notebook"),
])
def test_a_wrong_notebook_path_gives_one_line_saying_what_to_do(tmp_path, name, content, expected):
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    run = subprocess.run([sys.executable, "-m", "pytest", "tests/hidden/rnn_introduction", "--notebook", str(path),
                          "-p", "no:cacheprovider"], cwd=COURSE_ROOT, capture_output=True, text=True, timeout=120)
    output = (run.stdout + run.stderr).strip()
    assert run.returncode != 0, f"pytest should fail on --notebook {path}, got exit code 0:\n{output}"
    assert expected in output and f"--notebook {path}" in output and ".ipynb" in output, \
        f"the message should name the path and say what to give; got:\n{output}"
    assert len(output.splitlines()) <= 3, f"expected a short message, got {len(output.splitlines())} lines:\n{output}"
