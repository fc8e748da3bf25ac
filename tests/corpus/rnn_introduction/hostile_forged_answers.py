# The grader's messages into the notebook are patched: every answer claims ln 2, whatever
# was asked. Answers are only data, judged by the grader, so every cell fails.
# base: solution
# expect: *=0
# %% after computational_graph
import json

json.dumps = lambda *args, **kwargs: '{"ok": 0.6931471805599453}'
