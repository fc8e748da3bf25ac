"""The sandbox around student kernels holds: no network, no course directory, no gradebook,
nothing written outside its working copy, bounded memory, processes and wall time."""

import asyncio
import os
import shutil
import subprocess
import sys
import textwrap
import time

import pytest

from rnncourse.common.coursedir import ROOT
from rnncourse.sandbox import box as sandbox

pytestmark = pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap is not installed")


@pytest.fixture
def box(tmp_path):
    submission = tmp_path / "submission"
    submission.mkdir()
    (submission / "data.txt").write_text("the student's own file\n")
    with sandbox.Sandbox(submission, sandbox.Limits(memory_bytes=2**30, processes=32)) as box:
        yield box


def run_inside(box, code, timeout=60):
    """Run Python code in the sandbox; its stdout (the script fails the test if it raises)."""
    done = subprocess.run(box.command([sys.executable, "-c", textwrap.dedent(code)]),
                          capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"the sandboxed script failed:\n{done.stderr}"
    return done.stdout


def survivors(box, wait=5):
    """Processes still running under the sandbox's uid after up to `wait` seconds (only
    knowable when the sandbox has a uid of its own, that is when the grader runs as root)."""
    if not box.privileged:
        return []
    deadline = time.monotonic() + wait
    while True:
        pids = [p for p in os.listdir("/proc") if p.isdigit() and _owner(p) == box.uid]
        if not pids or time.monotonic() > deadline:
            return pids
        time.sleep(0.1)


def _owner(pid):
    try:
        return os.stat(f"/proc/{pid}").st_uid
    except FileNotFoundError:
        return None


def test_a_python_installed_under_tmp_stays_visible(tmp_path, monkeypatch):
    """A course cloned into /tmp keeps its virtualenv on top of the sandbox's private /tmp."""
    if not str(tmp_path).startswith("/tmp/"):
        pytest.skip("pytest's temporary directory is not under /tmp")
    installed = tmp_path / "venv"
    installed.mkdir()
    (installed / "marker.txt").write_text("visible\n")
    real = sandbox.python_directories()
    monkeypatch.setattr(sandbox, "python_directories", lambda: [*real, str(installed)])
    with sandbox.Sandbox() as box:
        assert run_inside(box, f"print(open({str(installed / 'marker.txt')!r}).read(), end='')") == "visible\n"


def test_there_is_no_network(box):
    out = run_inside(box, """
        import socket
        print(sorted(name for _, name in socket.if_nameindex()))
        for address in [("1.1.1.1", 53), ("127.0.0.1", 22), ("pypi.org", 443)]:
            try:
                socket.create_connection(address, timeout=2)
                print("connected to", address)
            except OSError:
                pass
    """)
    assert out.splitlines() == ["['lo']"], f"the sandbox should reach nothing, got {out!r}"


def test_the_course_directory_and_its_gradebook_are_invisible(box, tmp_path):
    course = tmp_path / "course"
    course.mkdir()
    (course / "gradebook.db").write_text("grades")
    out = run_inside(box, f"""
        import os, importlib.util
        for path in [{str(course)!r}, {str(course / "gradebook.db")!r}, {str(ROOT / "source")!r},
                     {str(ROOT / "tests" / "hidden")!r}, {str(ROOT / "rnncourse")!r}, "/root/.ssh"]:
            print(path, os.path.exists(path))
        print("rnncourse importable", importlib.util.find_spec("rnncourse") is not None)
    """)
    assert "True" not in out, f"the sandbox should see none of these:\n{out}"


def test_nothing_outside_the_working_copy_can_be_written(box, tmp_path):
    canary, gradebook = tmp_path / "canary.txt", tmp_path / "gradebook.db"
    canary.write_text("untouched\n")
    gradebook.write_text("grades\n")
    out = run_inside(box, f"""
        import sys
        for path in [{str(canary)!r}, {str(gradebook)!r}, "../../../gradebook.db", sys.prefix + "/evil.py",
                     "/etc/evil", "/evil"]:
            try:
                open(path, "w").write("written by a student")
                print("wrote", path)
            except OSError:
                pass
        open("data.txt", "a").write("the student may change its own copy")
        open("/tmp/scratch.txt", "w").write("a private /tmp")
    """)
    assert out == "", f"the sandbox wrote outside its working copy:\n{out}"
    assert (canary.read_text(), gradebook.read_text()) == ("untouched\n", "grades\n")
    assert "may change" in (box.work / "data.txt").read_text(), "the working copy should be writable"


def test_code_runs_without_privileges(box):
    out = run_inside(box, """
        import os
        print(os.getuid(), os.getgid())
        print([line for line in open("/proc/self/status") if line.startswith("CapEff")][0].split()[1])
    """)
    uid, capabilities = out.split("\n")[:2]
    assert uid.split() != ["0", "0"], "student code should not run as root"
    assert int(capabilities, 16) == 0, f"student code should have no capabilities, got {capabilities}"


def test_memory_is_bounded(box):
    out = run_inside(box, """
        import numpy as np
        try:
            hog = [np.ones(2**24) for _ in range(1000)]  # 128 MiB each, touched
            print("allocated", len(hog) * 128, "MiB")
        except MemoryError:
            print("MemoryError")
    """)
    assert out.strip() == "MemoryError", f"1 GiB should be the limit, got {out!r}"


def test_a_fork_bomb_is_contained_and_dies_with_the_sandbox(box):
    out = run_inside(box, """
        import os, time
        children = 0
        try:
            while True:
                if os.fork() == 0:
                    time.sleep(3600)
                    os._exit(0)
                children += 1
        except OSError:
            print(children)
    """)
    assert 0 < int(out) < box.limits.processes, f"forks should stop below {box.limits.processes}, got {out}"
    assert survivors(box) == [], "the sleeping children should die with the sandbox"


def kernel(box):
    km = box.kernel_manager()
    asyncio.run(km.start_kernel())
    client = km.blocking_client()
    client.start_channels()
    client.wait_for_ready(timeout=60)
    return km, client


def test_the_kernel_is_killed_when_its_wall_time_is_up(tmp_path):
    with sandbox.Sandbox(tmp_path, sandbox.Limits(wall_seconds=5)) as box:
        km, client = kernel(box)
        client.execute("import os\nfor _ in range(8): os.fork()\nwhile True: pass")
        start = time.monotonic()
        while km.provisioner.process.poll() is None and time.monotonic() - start < 20:
            time.sleep(0.2)
        client.stop_channels()
        assert km.out_of_time and km.provisioner.process.poll() is not None, "the kernel should be killed"
        assert time.monotonic() - start < 10, "the kernel should be killed about 5 s after it started"
        assert survivors(box) == [], "no process of the student may survive"


def test_interrupts_reach_the_kernel_through_bubblewrap(box):
    km, client = kernel(box)
    try:
        message_id = client.execute("import time\ntime.sleep(600)")
        time.sleep(1)
        asyncio.run(km.interrupt_kernel())
        reply = client.get_shell_msg(timeout=10)
        while reply["parent_header"]["msg_id"] != message_id:  # a late reply to wait_for_ready
            reply = client.get_shell_msg(timeout=10)
        assert reply["content"].get("ename") == "KeyboardInterrupt", f"got {reply['content']}"
    finally:
        client.stop_channels()
        asyncio.run(km.shutdown_kernel(now=True))
