# Three cells end the kernel: the grader runs a notebook at most three times (two reruns),
# so it stops there and, with no recorded pass, every test cell scores 0.
# base: solution
# expect: *=0
# %% after imports
import os

os._exit(1)
# %% after stable_bce
import os

os._exit(2)
# %% after forward
import os

os._exit(3)
