# A correct solution with a cell that loops forever: nbgrader's per-cell timeout interrupts
# it, and the cells after it still run and earn their points.
# base: solution
# %% after stable_bce
while True:
    pass
