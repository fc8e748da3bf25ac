"""The sandbox around student code: bubblewrap (bwrap) with its own directory per submission.

Each submission gets its own directory (`Sandbox`) holding `work/`, a copy of the
submission's folder that is the kernel's working directory, and `run/`, the kernel's
connection file and ZeroMQ `ipc` sockets (the sandbox has no network, not even
loopback). Inside the sandbox the kernel sees only that directory, read-only system
directories, the Python installation and the virtualenv (bound alone, even when it lives
in the course directory), and a small private /tmp. It runs under an unprivileged uid of
its own, with limits on address space, processes, file size and wall time, in its own
pid namespace, so killing the sandbox kills everything the student started.
Imports only rnncourse.sandbox.kernels.
"""

import functools
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .kernels import SandboxedKernelManager

SYSTEM_DIRECTORIES = ("/usr", "/bin", "/sbin", "/lib", "/lib64", "/lib32")
SYSTEM_FILES = ("/etc/ld.so.cache", "/etc/localtime", "/etc/passwd", "/etc/group",
                "/etc/nsswitch.conf", "/etc/fonts", "/etc/mime.types")
PRIVATE_TMP = "/tmp"
MATPLOTLIB_DIR = f"{PRIVATE_TMP}/matplotlib"
# When the grader runs as root, each sandbox runs under a uid no other living sandbox on the
# machine holds, so that its process limit (counted per uid) is not shared with another's.
FIRST_SANDBOX_UID = 200_000
SANDBOX_UIDS = 100_000
class SandboxError(Exception):
    """The sandbox cannot be set up on this machine."""


@dataclass(frozen=True)
class Limits:
    memory_bytes: int = 4 * 2**30      # address space of each process (RLIMIT_AS)
    processes: int = 64                # processes and threads of the sandbox's uid (RLIMIT_NPROC)
    file_bytes: int = 256 * 2**20      # largest file a process may write (RLIMIT_FSIZE)
    tmp_bytes: int = 256 * 2**20       # size of the private /tmp
    wall_seconds: float = 900.0        # the kernel is killed this long after it started


def claim_sandbox_uid():
    """(uid, claim): a uid for one sandbox, held by no other sandbox on this machine while the
    claim (a socket bound to a name in Linux's abstract namespace, freed with its process) is open."""
    start = secrets.randbelow(SANDBOX_UIDS)
    for offset in range(SANDBOX_UIDS):
        uid = FIRST_SANDBOX_UID + (start + offset) % SANDBOX_UIDS
        claim = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            claim.bind(f"\0rnncourse-sandbox-uid-{uid}")
        except OSError:  # another sandbox holds it
            claim.close()
            continue
        return uid, claim
    raise SandboxError(f"all {SANDBOX_UIDS} sandbox uids from {FIRST_SANDBOX_UID} on are in use")


def kernel_environment():
    """The whole environment of the sandboxed kernel (nothing leaks in from the grader's)."""
    venv_bin = str(Path(sys.prefix) / "bin")
    return {
        "PATH": f"{venv_bin}:/usr/local/bin:/usr/bin:/bin",
        "HOME": PRIVATE_TMP,
        "LANG": "C.UTF-8",
        "MPLCONFIGDIR": MATPLOTLIB_DIR,
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        "IPYTHONDIR": f"{PRIVATE_TMP}/ipython",
        "JUPYTER_RUNTIME_DIR": f"{PRIVATE_TMP}/jupyter",
        "NBGRADER_EXECUTION": "autograde",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONHASHSEED": "0",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }


@functools.cache
def matplotlib_font_list():
    """(file name, content) of matplotlib's font list, built once per grading process outside
    any sandbox; each sandbox gets a copy, so that no kernel spends seconds building it."""
    with tempfile.TemporaryDirectory(prefix="rnncourse-matplotlib-") as folder:
        subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"], check=True,
                       env={**os.environ, "MPLCONFIGDIR": folder}, capture_output=True)
        fontlists = list(Path(folder).glob("fontlist-*.json"))
        if not fontlists:
            raise SandboxError(f"matplotlib wrote no font list into {folder}")
        return fontlists[0].name, fontlists[0].read_bytes()


def python_directories():
    """The Python installation and the virtualenv, each bound read-only on its own."""
    folders = {Path(sys.base_prefix).resolve(), Path(sys.prefix).absolute()}
    return sorted(str(f) for f in folders)


class Sandbox:
    """The per-submission directory and the bwrap command line around a kernel."""

    def __init__(self, submission_folder=None, limits=Limits()):
        if shutil.which("bwrap") is None:
            raise SandboxError("bubblewrap (bwrap) is not installed; the grader needs it")
        self.limits = limits
        self.root = Path(tempfile.mkdtemp(prefix="rnnsbx-"))
        self.work, self.run = self.root / "work", self.root / "run"
        self.kernel_log = self.root / "kernel.log"  # the kernel's stderr, bwrap's own errors included
        if submission_folder is not None:
            shutil.copytree(submission_folder, self.work, symlinks=True)
        self.work.mkdir(exist_ok=True)
        self.run.mkdir()
        name, content = matplotlib_font_list()
        self.fontlist = self.root / name
        self.fontlist.write_bytes(content)
        self.privileged = os.geteuid() == 0
        self.uid, self._uid_claim = claim_sandbox_uid() if self.privileged else (os.geteuid(), None)
        self.give_to_sandbox(self.root)

    def give_to_sandbox(self, path):
        """Make path (and everything below it) the sandboxed uid's."""
        if not self.privileged:
            return
        os.lchown(path, self.uid, self.uid)
        for folder, dirs, files in os.walk(path):
            for name in dirs + files:
                os.lchown(os.path.join(folder, name), self.uid, self.uid)

    def command(self, argv):
        """argv, run inside the sandbox."""
        return ["bwrap", *self._namespaces(), *self._mounts(), *self._environment(),
                "--chdir", str(self.work), "--", *self._limits(), *argv]

    def _namespaces(self):
        user = [] if self.privileged else ["--unshare-user"]
        return [*user, "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
                "--unshare-cgroup-try", "--die-with-parent", "--new-session"]

    def _mounts(self):
        mounts = []
        for path in SYSTEM_DIRECTORIES:
            if os.path.islink(path):
                mounts += ["--symlink", os.readlink(path), path]
            elif os.path.isdir(path):
                mounts += ["--ro-bind", path, path]
        for path in SYSTEM_FILES:
            mounts += ["--ro-bind-try", path, path]
        # the private /tmp first: what is bound below it (a course cloned into /tmp, the
        # sandbox's own directory) must stay visible on top of it
        mounts += ["--proc", "/proc", "--dev", "/dev",
                   "--perms", "1777", "--size", str(self.limits.tmp_bytes), "--tmpfs", PRIVATE_TMP]
        for path in python_directories():
            mounts += [*_traversable_parents(path), "--ro-bind", path, path]
        return [*mounts, "--perms", "0777", "--dir", MATPLOTLIB_DIR,
                "--ro-bind", str(self.fontlist), f"{MATPLOTLIB_DIR}/{self.fontlist.name}",
                *_traversable_parents(str(self.root)), "--bind", str(self.root), str(self.root)]

    def _environment(self):
        pairs = [["--setenv", k, v] for k, v in kernel_environment().items()]
        return ["--clearenv", *(arg for pair in pairs for arg in pair)]

    def _limits(self):
        limits = ["prlimit", f"--as={self.limits.memory_bytes}", f"--nproc={self.limits.processes}",
                  f"--fsize={self.limits.file_bytes}", "--core=0", "--"]
        if self.privileged:
            limits += ["setpriv", f"--reuid={self.uid}", f"--regid={self.uid}", "--clear-groups",
                       "--inh-caps=-all", "--"]
        return limits

    def last_words(self, characters=2000):
        """The end of what the kernel and bwrap wrote to stderr."""
        return self.kernel_log.read_text(errors="replace")[-characters:] if self.kernel_log.exists() else ""

    def kernel_manager(self, **kwargs):
        return SandboxedKernelManager(sandbox=self, **kwargs)

    def cleanup(self):
        shutil.rmtree(self.root, ignore_errors=True)
        if self._uid_claim is not None:
            self._uid_claim.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.cleanup()


def _traversable_parents(path):
    """bwrap would create the missing parents of a mount point readable by root only."""
    parents = [p for p in reversed(Path(path).parents) if str(p) not in ("/", PRIVATE_TMP)]
    return [arg for parent in parents for arg in ("--perms", "0755", "--dir", str(parent))]


