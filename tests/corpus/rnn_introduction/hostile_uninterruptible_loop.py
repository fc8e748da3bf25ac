# A correct solution with a cell that loops forever and swallows every interrupt. The
# kernel never answers again; the sandbox is killed when the notebook's wall time is up
# and, with no recorded pass, every test cell scores 0.
# base: solution
# expect: *=0
# %% after stable_bce
while True:
    try:
        while True:
            pass
    except KeyboardInterrupt:
        pass
