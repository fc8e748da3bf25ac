# Mistake: rng.integers(1, 2) read as "1 or 2": every sequence is of class 1, so the classes
# are not equally likely. Signal, labels, noise and seeding are right.
# base: solution
# expect: test_generate_data=0
# %% generate_data
def generate_data(T):
    rng = np.random.default_rng(0xDEADBEEF)
    while True:
        label = rng.integers(1, 2)
        x = rng.normal(0.0, np.sqrt(0.2), size=(T, 1))
        x[0] = 1.0 if label == 1 else -1.0
        yield x, np.array([float(label)])
