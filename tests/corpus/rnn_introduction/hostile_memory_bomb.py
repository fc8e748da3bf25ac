# A correct solution with a cell that allocates without end, and a bce_derivative that asks
# for a terabyte: both hit the sandbox's memory limit (MemoryError), the kernel lives on.
# base: solution
# expect: test_bce_derivative=0
# %% after imports
hog = [np.zeros(2**27) for _ in range(10**6)]
# %% bce_derivative
def bce_derivative(z, y):
    workspace = np.ones((2**20, 2**20))
    return 1 / (1 + np.exp(-np.asarray(z, dtype=float))) - y + workspace[0, 0] - 1
