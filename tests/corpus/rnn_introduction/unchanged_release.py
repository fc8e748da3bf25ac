# The release handed in untouched: every function still raises NotImplementedError.
# base: release
# expect: *=0
