# Builds x by concatenating the first input and the noise, draws the class with choice.
# base: solution
# %% generate_data
def generate_data(T):
    rng = np.random.default_rng(seed=0xDEADBEEF)
    while True:
        sign = rng.choice([-1.0, 1.0])
        noise = rng.normal(loc=0.0, scale=0.2 ** 0.5, size=T - 1)
        x = np.concatenate([[sign], noise]).reshape(T, 1)
        yield x, np.array([(sign + 1) / 2])
