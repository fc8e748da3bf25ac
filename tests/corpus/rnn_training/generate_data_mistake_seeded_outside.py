# Mistake: one generator seeded outside the function, so two calls yield different streams.
# base: solution
# expect: test_generate_data=0
# %% generate_data
data_rng = np.random.default_rng(0xDEADBEEF)


def generate_data(T):
    while True:
        label = data_rng.integers(2)
        x = data_rng.normal(0.0, np.sqrt(0.2), size=(T, 1))
        x[0] = 1.0 if label == 1 else -1.0
        yield x, np.array([float(label)])
