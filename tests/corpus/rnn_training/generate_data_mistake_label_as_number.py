# Mistake: y is yielded as a number instead of an array of shape (1,).
# base: solution
# expect: test_generate_data=0
# %% generate_data
def generate_data(T):
    rng = np.random.default_rng(0xDEADBEEF)
    while True:
        label = rng.integers(2)
        x = rng.normal(0.0, np.sqrt(0.2), size=(T, 1))
        x[0] = 1.0 if label == 1 else -1.0
        yield x, float(label)
