"""`rnn-course all` on a fresh clone of the repository changes no committed file and leaves
no untracked one: releases, executed solutions, the demo class's grading and its feedback
are reproducible byte for byte (no timings, no unseeded randomness, no stray files).

It costs about 90 s on two cores (executing the training solution dominates), on one xdist
worker while the other runs the rest. The quick staleness tests (tests/test_masters.py,
tests/test_demo_class.py) check the same folders by content.
"""

import os
import shutil
import subprocess
import sys

import pytest

from rnncourse.common.coursedir import ROOT


def test_rnn_course_all_on_a_fresh_clone_changes_nothing(tmp_path):
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs git and a git checkout of the course")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
    # the clone's own code, hidden tests and configuration; this checkout's virtualenv
    env = {**os.environ, "PYTHONPATH": str(clone), "RNNCOURSE_ROOT": str(clone)}
    done = subprocess.run([sys.executable, "-m", "rnncourse.tooling.cli", "all"], cwd=clone, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 0, f"rnn-course all failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    status = subprocess.run(["git", "status", "--porcelain"], cwd=clone, capture_output=True, text=True,
                            check=True).stdout
    assert status == "", f"rnn-course all changed or left these files (commit what it generates):\n{status}"
