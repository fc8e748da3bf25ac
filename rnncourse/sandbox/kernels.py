"""Jupyter kernel managers: the grading kernel inside a Sandbox (seeded, figures not drawn,
killed with everything it started when its wall time is up), and kernels outside any sandbox
reached over ipc sockets (executing the solutions, nbgrader validate, benchmarks).
Imports nothing of rnncourse: a Sandbox hands itself to the kernel manager it makes.

Every grading kernel starts with Python's and numpy's global random generators seeded, numpy's
default_rng() without a seed drawing from a fixed seed sequence, and a fixed hash seed (the
sandbox's environment), so that grading the same notebook twice gives the same outputs. Its
matplotlib figures are not drawn (they show as text), which saves most of the time plots take.
"""

import contextlib
import os
import subprocess
import sys
import tempfile
import threading

import psutil
from jupyter_client import AsyncKernelManager
from jupyter_client.kernelspec import KernelSpec

# Run by the kernel before the first cell; it leaves no output, history or name behind.
# numpy's default_rng() without a seed takes its entropy from the system, so it is made to
# draw its seeds from a fixed SeedSequence instead (a seed given to it is used as given).
SEED_GENERATORS = ("import random as _r, numpy as _n; _r.seed(0); _n.random.seed(0); "
                   "_n.random.default_rng = (lambda make, seeds: lambda seed=None: make("
                   "seeds.spawn(1)[0] if seed is None else seed))(_n.random.default_rng, _n.random.SeedSequence(0)); "
                   "del _r, _n")
# How every grading kernel starts, sandboxed or not (benchmarks grade unsandboxed too).
GRADING_KERNEL_ARGUMENTS = (
    f"--InteractiveShellApp.exec_lines={SEED_GENERATORS}",
    # the banner's tip, built for every kernel_info request, draws from `random`
    "--InteractiveShell.enable_tip=False",
    # figures show as text, never drawn: the cells graded by hand show the figures the
    # student handed in (rnncourse.nbgrader_plugins.submitted_outputs)
    "--InlineBackend.figure_formats=set()",
)


class SandboxedKernelManager(AsyncKernelManager):
    """An ipykernel inside a Sandbox, reached over ipc sockets, interrupted by message,
    killed (with everything it started) when its wall time runs out."""

    def __init__(self, sandbox, **kwargs):
        super().__init__(transport="ipc", ip=str(sandbox.run / "kernel"),
                         connection_file=str(sandbox.run / "kernel.json"), **kwargs)
        self.sandbox = sandbox
        self._deadline = None
        self.out_of_time = False

    @property
    def kernel_spec(self):
        return KernelSpec(argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}",
                                *GRADING_KERNEL_ARGUMENTS],
                          display_name="Python 3 (sandboxed)", language="python",
                          interrupt_mode="message", env={})

    @property
    def ipykernel(self):
        return True

    def write_connection_file(self, **kwargs):
        super().write_connection_file(**kwargs)
        self.sandbox.give_to_sandbox(self.connection_file)

    def format_kernel_cmd(self, extra_arguments=None):
        return self.sandbox.command(super().format_kernel_cmd(extra_arguments))

    async def _async_launch_kernel(self, kernel_cmd, **kwargs):
        with open(self.sandbox.kernel_log, "ab") as log:
            await super()._async_launch_kernel(kernel_cmd, stdout=subprocess.DEVNULL, stderr=log, **kwargs)
        self._deadline = threading.Timer(self.sandbox.limits.wall_seconds, self._kill_out_of_time)
        self._deadline.daemon = True
        self._deadline.start()

    def _kill_out_of_time(self):
        self.out_of_time = True
        self.kill_now()

    def kill_now(self):
        """SIGKILL the sandbox from any thread; its pid namespace takes every process along."""
        process = getattr(self.provisioner, "process", None)
        if process is not None and process.poll() is None:
            process.kill()

    def end_other_processes(self, rounds=20):
        """Kill, from outside, every process in the sandbox but the kernel (student code
        cannot stop this), so that they cannot starve the kernel of processes or time.
        Returns how many were killed."""
        process = getattr(self.provisioner, "process", None)
        if process is None or process.poll() is not None:
            return 0
        killed = 0
        for _ in range(rounds):  # a fork bomb may still be forking: repeat until none is left
            others = _sandboxed_processes(process.pid)[1:]
            if not others:
                break
            for other in others:
                with contextlib.suppress(psutil.Error):
                    other.kill()
            killed += len(others)
            psutil.wait_procs(others, timeout=1)
        return killed

    async def _async_cleanup_resources(self, restart=False):
        if self._deadline is not None:
            self._deadline.cancel()
        await super()._async_cleanup_resources(restart=restart)


def _sandboxed_processes(bwrap_pid):
    """The living processes of the sandbox started by bwrap_pid, the kernel first: the oldest
    process under bwrap's init in the sandbox's pid namespace (which adopts orphans). Ended
    children the kernel has not reaped yet (zombies) cannot be killed and are left out."""
    try:
        inits = psutil.Process(bwrap_pid).children()
        processes = [p for init in inits for p in init.children(recursive=True)]
        processes.sort(key=lambda p: (p.create_time(), p.pid))
    except psutil.Error:
        return []
    return [p for p in processes if _living(p)]


def _living(process):
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False




class IpcKernelManager(AsyncKernelManager):
    """A local kernel reached over ipc sockets in a private temporary folder: nothing listens
    on the network, and the kernel has no cause to warn about unencrypted TCP."""

    def __init__(self, **kwargs):
        self._sockets = tempfile.TemporaryDirectory(prefix="rnncourse-kernel-")
        super().__init__(transport="ipc", ip=os.path.join(self._sockets.name, "kernel"), **kwargs)

    async def _async_cleanup_resources(self, restart=False):
        await super()._async_cleanup_resources(restart=restart)
        if not restart:
            self._sockets.cleanup()


class UnsandboxedGradingKernelManager(IpcKernelManager):
    """A local kernel started like a sandboxed grading kernel (for benchmarks only)."""

    def format_kernel_cmd(self, extra_arguments=None):
        return super().format_kernel_cmd([*GRADING_KERNEL_ARGUMENTS, *(extra_arguments or [])])
