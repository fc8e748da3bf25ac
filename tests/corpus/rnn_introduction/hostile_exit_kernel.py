# A wrong forward, and the kernel ends itself with os._exit before its tests run. Plain
# nbgrader drops such a submission; here, with no recorded pass, every test cell scores 0.
# base: solution
# expect: *=0
# %% forward
def forward(model, x, y):
    return 0.0


FullyRecurrentNetwork.forward = forward
import os

os._exit(0)
