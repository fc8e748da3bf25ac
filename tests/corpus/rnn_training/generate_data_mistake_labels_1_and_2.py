# Mistake: labels the classes 1 and 2 instead of 1 and 0.
# base: solution
# expect: test_generate_data=0
# %% generate_data
def generate_data(T):
    rng = np.random.default_rng(0xDEADBEEF)
    while True:
        cls = rng.integers(1, 3)
        x = rng.normal(0.0, np.sqrt(0.2), size=(T, 1))
        x[0] = 1.0 if cls == 1 else -1.0
        yield x, np.array([float(cls)])
