# Loops over the parameter names with getattr and an in-place slice assignment.
# base: solution
# %% update
def update(self, eta):
    for name in "WRV":
        parameter = getattr(self, name)
        parameter[...] = parameter - eta * getattr(self, "d" + name)


FullyRecurrentNetwork.update = update
