# A correct solution that tries to overwrite the gradebook, the course's files and a
# canary file outside its working directory, by relative and absolute paths and by
# searching the file system. It earns full marks; tests/test_hostile.py checks that the
# canary and the gradebook are untouched.
# base: solution
# %% after imports
import os

TARGETS = ["../../../gradebook.db", "../../../canary.txt", "../../../nbgrader_config.py",
           "../../../source/rnn_introduction/rnn_introduction.ipynb",
           "/work/main/gradebook.db", "/work/main/canary.txt", "/canary.txt"]
for folder, dirs, files in os.walk("/"):
    dirs[:] = [d for d in dirs if os.path.join(folder, d) not in ("/proc", "/sys", "/dev", "/usr")]
    TARGETS += [os.path.join(folder, name) for name in files if name in ("canary.txt", "gradebook.db")]
for target in TARGETS:
    try:
        with open(target, "w") as file:
            file.write("overwritten by a student\n")
        print("wrote", target)
    except OSError as error:
        print("could not write", target, type(error).__name__)
