"""Where submissions are graded: a process pool on this machine (`LocalExecutor`) or the
workers of a Dask cluster (dask_executor.py), behind one interface, and `run_all`, which runs
a task over many jobs with a progress bar. Imports the class-grading Dask executor."""

import concurrent.futures
import sys
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

from tqdm import tqdm


class LocalExecutor:
    """A process pool on this machine."""
    errors = (BrokenProcessPool, OSError, RuntimeError)

    def __init__(self, pool):
        self.pool = pool

    def refused(self):
        return {}

    def share(self, data):
        return data

    def submit(self, function, *args):
        return self.pool.submit(function, *args)

    def as_completed(self, futures):
        return concurrent.futures.as_completed(futures)

    def result(self, future):
        return future.result()


def scheduler_address(option=None):
    """The scheduler to grade on: --scheduler, else Dask's configuration (DASK_SCHEDULER_ADDRESS)."""
    if option:
        return option
    import dask
    return dask.config.get("scheduler-address", None)


@contextmanager
def executor(address, pool, code):
    """A DaskExecutor on the scheduler at `address`, or a LocalExecutor around `pool`."""
    if not address:
        yield LocalExecutor(pool)
        return
    from . import (
        dask_executor,  # distributed takes a second to import: only when it is used
    )
    client = dask_executor.connect(address)
    try:
        yield dask_executor.DaskExecutor(client, code)
    finally:
        client.close()


def run_all(executor, work, jobs, description, on_crash, *args):
    """Results of work(job, *args) for every job, in the order they finish, with a progress bar."""
    if not jobs:
        return
    futures = {executor.submit(work, job, *args): job for job in jobs}
    with tqdm(total=len(futures), desc=description, unit="submission", file=sys.stderr) as progress:
        for future in executor.as_completed(futures):
            try:
                yield executor.result(future)
            except executor.errors as error:
                yield on_crash(futures[future], error)
            progress.update()
