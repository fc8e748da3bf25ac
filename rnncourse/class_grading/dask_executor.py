"""Grading on a Dask cluster: which workers grade, and what a run does as workers come and go.

Every worker of the cluster, those connected when the run starts and those that join during
it, is checked by a worker plugin (`GraderCheck`): a worker that can sandbox student code and
runs the grading machine's rnncourse code gets one unit of the Dask resource `rnncourse-grader`.
Grading tasks need a unit, so they go to such workers only, one at a time (nbgrader's API is
not thread-safe: it changes the working directory); the others are named in the summary.

The grading inputs (a `Bundle`) are the result of a task, not scattered data: a worker fetches
them from a peer when it first needs them, and when every worker holding them is lost, the task
runs again (Dask cannot recover lost scattered data). Dask reschedules a grading task whose
worker died. When no worker can grade for `GIVE_UP_SECONDS`, the submissions not graded yet end
the run as failures to grade again next time, instead of the run waiting forever.
Imports rnncourse.common and the class-grading worker helpers.
"""

import asyncio
import socket
import time

from distributed import Client, as_completed
from distributed.diagnostics.plugin import WorkerPlugin

from ..common.errors import CourseError, first_line
from .worker import SETUP_HINT, worker_problem

GRADER = "rnncourse-grader"
CONNECT_SECONDS = 10
GIVE_UP_SECONDS = 120
CHECK_SECONDS = 5  # how often a run waiting for results asks whether a worker can grade
POLL_SECONDS = 0.2


class GraderCheck(WorkerPlugin):
    """Gives the worker the GRADER resource if it can grade; keeps why not on the worker."""

    name = "rnncourse-grader-check"

    def __init__(self, code):
        self.code = code

    async def setup(self, worker):
        worker.rnncourse_problem = worker_problem(self.code)
        if not worker.rnncourse_problem:
            await worker.set_resources(**{GRADER: 1})


def _problem(dask_worker):
    return getattr(dask_worker, "rnncourse_problem", "was not checked")


class DaskExecutor:
    """The workers of a Dask cluster that passed `GraderCheck`."""
    errors = (Exception, asyncio.CancelledError)

    def __init__(self, client, code):
        self.client, self.abandoned = client, set()
        client.register_plugin(GraderCheck(code), name=GraderCheck.name)
        if not self._graders():
            raise CourseError(f"no Dask worker at {client.scheduler.address} can grade: " + "; ".join(
                f"worker {worker} {why}" for worker, why in sorted(self.refused().items())))

    def refused(self):
        """{worker: why it may not grade} of the workers connected now."""
        problems = self.client.run(_problem, on_error="return")
        return {worker: why if isinstance(why, str) else
                f"cannot run the course's code ({type(why).__name__}: {first_line(why)}): {SETUP_HINT}"
                for worker, why in problems.items() if why}

    def _graders(self):
        workers = self.client.scheduler_info(n_workers=-1)["workers"].values()
        return [w for w in workers if w.get("resources", {}).get(GRADER)]

    def share(self, data):
        """The data as the result of a task, for the grading tasks to depend on."""
        return self.client.submit(_itself, data, pure=False, resources={GRADER: 1})

    def submit(self, function, *args):
        return self.client.submit(function, *args, pure=False, resources={GRADER: 1})

    def as_completed(self, futures):
        """The futures as they finish; when no worker could grade for GIVE_UP_SECONDS, the
        others at once, cancelled (their `result` raises NoGrader)."""
        remaining = set(futures)
        finished = as_completed(list(futures), loop=self.client.loop)
        last_grader = checked = time.monotonic()
        while remaining:
            if finished.has_ready():
                for future in finished.next_batch(block=False):
                    remaining.discard(future)
                    yield future
                continue
            if time.monotonic() - checked > CHECK_SECONDS:
                checked = time.monotonic()
                if self._graders():
                    last_grader = checked
                elif checked - last_grader > GIVE_UP_SECONDS:
                    self.abandoned = set(remaining)
                    self.client.cancel(list(remaining))
                    yield from remaining
                    return
            time.sleep(POLL_SECONDS)

    def result(self, future):
        if future in self.abandoned:
            raise NoGrader(f"no Dask worker could grade for {GIVE_UP_SECONDS} s: start workers (see the README) "
                           "and run `rnn-course grade` again")
        return future.result()


class NoGrader(CourseError):
    """No worker of the cluster could grade for GIVE_UP_SECONDS."""


def _itself(data):
    return data


def connect(address):
    try:
        _refuse_early(address)
        client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError, ValueError, TypeError) as error:
        raise CourseError(f"cannot reach the Dask scheduler at {address} ({first_line(error)}): start one "
                          "with `dask scheduler`, or give its address with --scheduler or DASK_SCHEDULER_ADDRESS; "
                          "leave both out to grade on this machine") from None
    try:
        client.wait_for_workers(1, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError) as error:
        client.close()
        raise CourseError(f"no Dask worker is connected to {address} ({first_line(error)}): start "
                          f"`dask worker {address} --nthreads 1` on each grading machine") from None
    return client


def _refuse_early(address):
    """OSError at once when nothing listens at a tcp:// address (Dask's client would retry for
    CONNECT_SECONDS first)."""
    scheme, _, rest = address.rpartition("://")
    if scheme not in ("", "tcp"):
        return
    host, _, port = rest.rpartition(":")
    if port.isdigit():
        socket.create_connection((host.strip("[]") or "127.0.0.1", int(port)), timeout=CONNECT_SECONDS).close()
