# A correct solution that writes to stderr and raises warnings, at the top level and
# inside the graded functions: noise never costs points.
# base: solution
# %% after imports
import sys
import warnings

print("loading the notebook ...", file=sys.stderr)
warnings.warn("this notebook is noisy on purpose")
_quiet_stable_bce = None
# %% after stable_bce
_quiet_stable_bce = stable_bce


def stable_bce(z, y):
    print("stable_bce was called", file=sys.stderr)
    warnings.warn("stable_bce: a warning on every call")
    return _quiet_stable_bce(z, y)
