"""Tooling for the auto-graded course on fully recurrent networks."""

import os
import sys

# nbgrader runs the `alembic` command of its own environment when it creates a gradebook,
# so that environment's scripts must be on PATH even when it was not activated.
_SCRIPTS = os.path.dirname(sys.executable)
if _SCRIPTS not in os.environ.get("PATH", "").split(os.pathsep):
    os.environ["PATH"] = _SCRIPTS + os.pathsep + os.environ.get("PATH", "")
