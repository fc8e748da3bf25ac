# The kernel sends itself SIGKILL after the last solution cell: every test cell scores 0.
# base: solution
# expect: *=0
# %% after computational_graph
import os
import signal

os.kill(os.getpid(), signal.SIGKILL)
