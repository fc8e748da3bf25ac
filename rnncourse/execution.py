"""Execute a notebook in a Jupyter kernel and keep the kernel for the hidden tests."""

import contextlib
import os

import nbformat
from jupyter_client import BlockingKernelClient
from jupyter_core.utils import run_sync
from nbclient import NotebookClient
from nbgrader.preprocessors import ClearHiddenTests

from . import remote

# Experiments in the notebooks shrink to a quick version when nbgrader grades them.
GRADING_ENVIRONMENT = {"NBGRADER_EXECUTION": "autograde"}


def without_hidden_tests(nb):
    nb = nbformat.from_dict(nb)
    ClearHiddenTests().preprocess(nb, {})
    return nb


def connect(km, timeout=30):
    """A Student talking to the kernel of km over a client of its own."""
    client = BlockingKernelClient()
    client.load_connection_info(km.get_connection_info())
    client.start_channels()
    client.wait_for_ready(timeout=timeout)
    return remote.in_kernel(client, timeout=timeout, interrupt=run_sync(km.interrupt_kernel))


@contextlib.contextmanager
def executed(nb, cwd, cell_timeout=120, call_timeout=30):
    """Run every cell of nb (errors allowed) in a fresh kernel; yield (nb, Student)."""
    notebook_client = NotebookClient(nb, timeout=cell_timeout, allow_errors=True,
                                     resources={"metadata": {"path": str(cwd)}})
    with _environment(GRADING_ENVIRONMENT):
        notebook_client.execute(cleanup_kc=False)
    student = connect(notebook_client.km, timeout=call_timeout)
    try:
        yield nb, student
    finally:
        student._transport.client.stop_channels()
        notebook_client._cleanup_kernel()


@contextlib.contextmanager
def _environment(values):
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
