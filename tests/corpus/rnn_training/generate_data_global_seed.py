# Seeds numpy's global generator inside the function (np.random.seed) and draws with np.random.*.
# base: solution
# %% generate_data
def generate_data(T):
    np.random.seed(0xDEADBEEF)
    while True:
        label = np.random.randint(0, 2)
        x = np.empty((T, 1))
        x[0] = 2 * label - 1
        x[1:] = np.random.normal(0, np.sqrt(0.2), size=(T - 1, 1))
        yield x, np.array([label], dtype=float)
