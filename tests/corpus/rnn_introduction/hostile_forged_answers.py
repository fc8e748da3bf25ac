# The grader's messages into the notebook are patched: every answer of the grader's
# endpoint claims ln 2, whatever was asked (the kernel's own messages stay intact, so it
# keeps answering). Answers are only data, judged by the grader, so every cell fails.
# base: solution
# expect: *=0
# %% after computational_graph
import json
import sys

_real_dumps = json.dumps


def _forged_dumps(*args, **kwargs):
    if sys._getframe(1).f_code.co_filename == "<grader endpoint>":
        return '{"ok": 0.6931471805599453}'
    return _real_dumps(*args, **kwargs)


json.dumps = _forged_dumps
