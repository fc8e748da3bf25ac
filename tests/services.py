"""Real servers for the tests and benchmarks, on 127.0.0.1 in temporary folders:
a PostgreSQL server (Debian's package) and Dask schedulers and workers as separate processes."""

import contextlib
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy

BIN = Path(sys.executable).parent


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PostgresServer:
    """initdb and pg_ctl from /usr/lib/postgresql/<version>/bin, run as the `postgres` system
    user when we are root (PostgreSQL refuses to run as root)."""

    def __init__(self):
        found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"))
        if not found:
            raise RuntimeError("PostgreSQL is not installed: run `bash .ci/setup` (apt-get install postgresql)")
        self.bin = found[-1].parent
        self.folder = Path(tempfile.mkdtemp(prefix="rnn-course-postgres-"))
        self.data, self.port = self.folder / "data", free_port()
        self.as_user = []
        if os.getuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        self._run("initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")
        self._run("pg_ctl", "-D", self.data, "-l", self.folder / "server.log", "-w", "-o",
                  f"-h 127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off", "start")

    def _run(self, program, *args):
        subprocess.run([*self.as_user, self.bin / program, *map(str, args)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def url(self, database="postgres"):
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name):
        """A new, empty database; its SQLAlchemy URL."""
        engine = sqlalchemy.create_engine(self.url(), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}"'))
            connection.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
        engine.dispose()
        return self.url(name)

    def stop(self):
        try:
            self._run("pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


class DaskProcesses:
    """`dask scheduler` and `dask worker` processes (no nanny: one process per worker)."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="rnn-course-dask-"))
        self.workers = {}  # name -> Popen
        file = self.folder / "scheduler.json"
        self.scheduler = self._start("scheduler", [BIN / "dask", "scheduler", "--host", "127.0.0.1", "--port", "0",
                                                   "--no-dashboard", "--scheduler-file", file])
        deadline = time.monotonic() + 60
        while not file.is_file() and time.monotonic() < deadline:
            time.sleep(0.2)
        self.address = json.loads(file.read_text())["address"]

    def _start(self, name, command, env=None):
        log = open(self.folder / f"{name}.log", "wb")
        return subprocess.Popen([str(c) for c in command], stdout=log, stderr=subprocess.STDOUT,
                                env=env, start_new_session=True)

    def add_worker(self, name, env=None):
        """A worker whose temporary files go to a folder of its own here (they outlive a SIGKILL)."""
        tmp = self.folder / name
        tmp.mkdir(exist_ok=True)
        env = {**(env or os.environ), "TMPDIR": str(tmp)}
        self.workers[name] = self._start(name, [BIN / "dask", "worker", self.address, "--name", name, "--nthreads", "1",
                                                "--no-nanny", "--no-dashboard", "--host", "127.0.0.1"], env)
        self.wait_for(len(self.workers))
        return self.workers[name]

    def client(self):
        from distributed import Client
        return Client(self.address, timeout=30, set_as_default=False)

    def wait_for(self, count):
        with self.client() as client:
            client.wait_for_workers(count, timeout=60)

    def worker_addresses(self):
        """{worker name: address} as the scheduler knows them."""
        with self.client() as client:
            return {info["name"]: address for address, info in client.scheduler_info()["workers"].items()}

    def kill(self, name):
        """SIGKILL to the worker and everything it started (its session)."""
        _kill_session(self.workers.pop(name))

    def stop(self):
        """SIGKILL to every process (a graceful close makes workers wait for a closing scheduler)."""
        for name in list(self.workers):
            self.kill(name)
        _kill_session(self.scheduler)
        shutil.rmtree(self.folder, ignore_errors=True)


def _kill_session(process):
    """SIGKILL to a process started in a session of its own, and to everything it started."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
