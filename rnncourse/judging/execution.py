"""Execute a notebook in a sandboxed Jupyter kernel and keep the kernel for the hidden tests:
the notebook without its hidden-test regions, and a channel to the kernel once it ran.
Imports rnncourse.channel and rnncourse.sandbox.
"""

import contextlib

import nbformat
from jupyter_client import BlockingKernelClient
from jupyter_core.utils import run_sync
from nbclient import NotebookClient
from nbgrader.preprocessors import ClearHiddenTests

from .. import channel
from ..sandbox import Limits, Sandbox


def without_hidden_tests(nb):
    nb = nbformat.from_dict(nb)
    ClearHiddenTests().preprocess(nb, {})
    return nb


# Collects the exit status of the kernel's ended children: until then each still counts
# against the sandbox's process limit.
REAP_CHILDREN = """
import os as _os
try:
    while _os.waitpid(-1, _os.WNOHANG)[0]:
        pass
except ChildProcessError:
    pass
del _os
"""


def connect(km, timeout=30):
    """A Student talking to the kernel of km over a client of its own."""
    client = BlockingKernelClient()
    client.load_connection_info(km.get_connection_info())
    client.start_channels()
    client.wait_for_ready(timeout=timeout)
    client.execute_interactive(REAP_CHILDREN, silent=True, store_history=False, timeout=timeout)
    return channel.in_kernel(client, timeout=timeout, interrupt=run_sync(km.interrupt_kernel))


@contextlib.contextmanager
def executed(nb, folder=None, cell_timeout=120, call_timeout=30, limits=Limits()):
    """Run every cell of nb (errors allowed) in a fresh kernel inside a Sandbox holding a copy
    of folder; yield (nb, Student). The kernel sees the grader's environment (quick mode)."""
    with Sandbox(folder, limits) as box:
        km = box.kernel_manager()
        notebook_client = NotebookClient(nb, km=km, timeout=cell_timeout, allow_errors=True,
                                         shutdown_kernel="immediate",
                                         resources={"metadata": {"path": str(box.work)}})
        try:
            notebook_client.execute(cleanup_kc=False)
            student = connect(km, timeout=call_timeout)
        except BaseException:
            km.kill_now()
            raise
        try:
            yield nb, student
        finally:
            student._transport.client.stop_channels()
            notebook_client._cleanup_kernel()
