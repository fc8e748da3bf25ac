# Two cells end the kernel, one after stable_bce and one after forward: the notebook runs
# again without the first, then without the second, and earns full marks.
# base: solution
# %% after stable_bce
import os

os._exit(1)
# %% after forward
import os
import signal

os.kill(os.getpid(), signal.SIGKILL)
