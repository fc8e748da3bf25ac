# A correct solution with a cell that forks until the sandbox's process limit stops it;
# the children sleep until the sandbox is killed. The kernel survives, but with no
# process left to spare it cannot start the thread it needs to send a large answer
# (test_init asks for 150 x 150 weights), so the grader gives up on it there: test_init
# and the cells checked after it (test_stable_bce) score 0, the cells before keep theirs.
# base: solution
# expect: test_init=0 test_stable_bce=0
# %% after init
import os
import time

children = 0
while True:
    if os.fork() == 0:
        time.sleep(10**6)
        os._exit(0)
    children += 1
