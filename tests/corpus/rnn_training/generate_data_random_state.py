# The legacy RandomState API, the label drawn as a coin flip, noise scaled from a standard normal.
# base: solution
# %% generate_data
def generate_data(T):
    state = np.random.RandomState(0xDEADBEEF)
    while True:
        first_class = state.rand() < 0.5
        x = np.sqrt(0.2) * state.randn(T, 1)
        x[0, 0] = 1.0 if first_class else -1.0
        y = np.array([1.0 if first_class else 0.0])
        yield x, y
