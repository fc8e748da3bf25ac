# A correct solution that searches the machine for hidden tests, solutions, the master
# notebook and the gradebook, and prints whatever it can read into the notebook. It earns
# full marks; tests/test_hostile.py checks that its outputs hold no "LEAK".
# base: solution
# %% after imports
import os

SECRETS = ("def test_", "BEGIN SOLUTION", "SQLite format")
SKIP = ("/proc", "/sys", "/dev", "/usr")
OWN_FOLDER = os.getcwd()  # a copy of this submission's folder, this notebook included


def library(path):
    return "site-packages" in path or "/lib/python" in path


def leaks(path):
    if library(path) or os.path.realpath(path).startswith(OWN_FOLDER):
        return
    try:
        with open(path, errors="replace") as file:
            text = file.read(2_000_000)
    except OSError:
        return
    for secret in SECRETS:
        if secret in text:
            print(f"LEAK {path}: {text[:200]!r}")


for guess in ("../../../gradebook.db", "../../../source/rnn_introduction/rnn_introduction.ipynb",
              "../../../tests/hidden/rnn_introduction/test_stable_bce.py",
              "/work/main/gradebook.db", "/work/main/tests/hidden/rnn_introduction/test_forward.py",
              "/work/main/source/rnn_introduction/rnn_introduction.ipynb"):
    leaks(guess)
for folder, dirs, files in os.walk("/"):
    dirs[:] = [d for d in dirs if os.path.join(folder, d) not in SKIP and not library(os.path.join(folder, d))]
    for name in files:
        if name.endswith((".py", ".ipynb", ".db", ".json")) and name != "fontlist-v3.11.0.json":
            leaks(os.path.join(folder, name))
print("searched the machine")
