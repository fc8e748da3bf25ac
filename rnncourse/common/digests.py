"""Content digests: of strings, files and folders, and of the course's own grading code (a
cached result is only as good as the code that made it). Imports nothing of rnncourse."""

import fnmatch
import functools
import hashlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent  # rnncourse/: the grading code
IGNORED = ["__pycache__", "*.pyc", ".ipynb_checkpoints", ".*"]


def digest(*parts):
    return hashlib.sha256("\0".join(map(str, parts)).encode()).hexdigest()


def ignored(name):
    return any(fnmatch.fnmatch(name, pattern) for pattern in IGNORED)


def tree_digest(path):
    """A hash of a file, or of a folder's file names and contents ('absent' if neither)."""
    path = Path(path)
    if path.is_file():
        return hashlib.sha256(path.read_bytes()).hexdigest()
    if not path.is_dir():
        return "absent"
    files = sorted(p for p in path.rglob("*") if p.is_file()
                   and not any(ignored(part) for part in p.relative_to(path).parts))
    return digest(*(f"{p.relative_to(path).as_posix()}:{tree_digest(p)}" for p in files))


@functools.cache
def code_digest():
    """The digest of this rnncourse package's code."""
    return tree_digest(PACKAGE)
