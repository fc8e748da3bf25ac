"""What a grading worker (a local pool process or a Dask worker) needs and checks.

Every worker runs the same task (submission.grade) on self-contained inputs: a job carries the
submission's files, and a `Bundle` carries the course's grading inputs (configuration, masters,
release, hidden tests, each assignment's gradebook entries). A worker unpacks a bundle once and
keeps it under its digest; it never reads the grading machine's course folder, and it sends back
plain results. Only the main process writes the gradebook and the course folders.

A worker must be able to sandbox student code (bubblewrap) and run the same rnncourse code as
the grading machine (`worker_problem`). Imports rnncourse.judging and rnncourse.common.
"""

import atexit
import functools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..common.digests import code_digest
from ..common.errors import first_line
from ..judging import runner

SETUP_HINT = "run the README's first command there (`bash .ci/setup`)"


@dataclass(frozen=True)
class Bundle:
    """A course's grading inputs as {path inside a scratch course: bytes}."""
    digest: str
    code: str  # digest of the rnncourse code that made the bundle
    files: dict = field(repr=False, hash=False, compare=False)


def worker_name():
    try:
        from distributed import get_worker
        return get_worker().address
    except (ImportError, ValueError):
        return f"{socket.gethostname()} (local process {os.getpid()})"


@functools.cache
def sandbox_problem():
    """Why this machine cannot sandbox student code, or ''."""
    if shutil.which("bwrap") is None:
        return f"has no bubblewrap (bwrap), so it cannot sandbox student code: {SETUP_HINT}"
    try:
        probe = subprocess.run(["bwrap", "--ro-bind", "/", "/", "--unshare-all", "--die-with-parent", "true"],
                               capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"cannot start bubblewrap ({first_line(error)}): {SETUP_HINT}"
    if probe.returncode:
        return f"cannot start a bubblewrap sandbox ({(probe.stderr.strip() or 'no message')[:200]}): {SETUP_HINT}"
    return ""


def worker_problem(code):
    """Why this worker must not grade, or ''."""
    if code != code_digest():
        return ("runs other rnncourse code than the grading machine: update its copy of the course "
                "repository (git pull) and run `bash .ci/setup` there")
    return sandbox_problem()


_UNPACKED = {}  # bundle digest -> folder, in this worker process
KEPT_BUNDLES = 4


def unpacked(bundle):
    """The folder holding the bundle's files in this process, unpacked once per digest."""
    if bundle.digest not in _UNPACKED:
        folder = Path(tempfile.mkdtemp(prefix="rnn-course-bundle-"))
        atexit.register(shutil.rmtree, folder, True)
        for relative, content in bundle.files.items():
            path = folder / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        while len(_UNPACKED) >= KEPT_BUNDLES:
            shutil.rmtree(_UNPACKED.pop(next(iter(_UNPACKED))), ignore_errors=True)
        _UNPACKED[bundle.digest] = folder
    return _UNPACKED[bundle.digest]


@contextmanager
def hidden_tests_from(root):
    """Run the hidden tests found under root/tests/hidden (the bundle's), not the worker's copy."""
    saved = runner.COURSE_ROOT, runner.HIDDEN_TESTS
    for name, module in list(sys.modules.items()):
        if (name == "tests" or name.startswith("tests.")) and \
                not str(getattr(module, "__file__", "") or "").startswith(str(root)):
            del sys.modules[name]  # another bundle's (or the worker's own) hidden tests
    sys.path[:] = [str(root)] + [p for p in sys.path if p != str(root)]
    runner.COURSE_ROOT, runner.HIDDEN_TESTS = root, root / "tests" / "hidden"
    try:
        yield
    finally:
        runner.COURSE_ROOT, runner.HIDDEN_TESTS = saved
