# A correct solution whose last cell starts sleeping processes until the sandbox's process
# limit refuses more. They still run when the hidden tests start; the grader kills them
# first, so the kernel can answer and the correct cells keep their points.
# base: solution
# %% after computational_graph
import subprocess

sleepers = []
try:
    while True:
        sleepers.append(subprocess.Popen(["sleep", "100000"]))
except OSError as error:
    print(f"started {len(sleepers)} processes, then: {type(error).__name__}")
