# A correct solution with a cell that forks until the sandbox's process limit stops it;
# the children sleep until the sandbox is killed. With no process left to spare the kernel
# could not start the thread it needs to send a large answer (test_init asks for 150 x 150
# weights), but the grader kills every process but the kernel before the hidden tests run:
# full marks.
# base: solution
# %% after init
import os
import time

children = 0
while True:
    if os.fork() == 0:
        time.sleep(10**6)
        os._exit(0)
    children += 1
