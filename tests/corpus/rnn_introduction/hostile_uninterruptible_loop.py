# A correct solution with a cell that loops forever and swallows every interrupt. The
# kernel does not answer after the cell's timeout, so the notebook runs again without
# that cell and earns full marks.
# base: solution
# %% after stable_bce
while True:
    try:
        while True:
            pass
    except KeyboardInterrupt:
        pass
