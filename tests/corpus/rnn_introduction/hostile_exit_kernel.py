# A wrong forward, and the kernel ends itself with os._exit before its tests run. Plain
# nbgrader drops such a submission; here the notebook runs again without that cell, so
# forward is never defined and only test_forward scores 0.
# base: solution
# expect: test_forward=0
# %% forward
def forward(model, x, y):
    return 0.0


FullyRecurrentNetwork.forward = forward
import os

os._exit(0)
