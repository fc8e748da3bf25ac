# Mistake: noise with standard deviation 0.2 instead of variance 0.2.
# base: solution
# expect: test_generate_data=0
# %% generate_data
def generate_data(T):
    rng = np.random.default_rng(0xDEADBEEF)
    while True:
        label = rng.integers(2)
        x = rng.normal(0.0, 0.2, size=(T, 1))
        x[0] = 1.0 if label == 1 else -1.0
        yield x, np.array([float(label)])
