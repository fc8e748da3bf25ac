# A wrong bce_derivative, and a fake rnncourse.judging whose run_in_notebook reports a pass:
# the hidden-test region never runs in the notebook, so the fake is never asked.
# base: solution
# expect: test_bce_derivative=0
# %% bce_derivative
import sys
import types

fake = types.ModuleType("rnncourse.judging")
fake.run_in_notebook = lambda assignment, grade_id, namespace: print(f"{grade_id}: all hidden tests passed")
sys.modules["rnncourse"] = types.ModuleType("rnncourse")
sys.modules["rnncourse.judging"] = fake


def bce_derivative(z, y):
    return 0.0 * np.asarray(z, dtype=float)
