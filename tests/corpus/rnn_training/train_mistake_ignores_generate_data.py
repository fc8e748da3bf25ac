# Mistake: draws its own sequences instead of taking them from generate_data.
# base: solution
# expect: test_train=0
# %% train
def train(model, T, eta, n_updates):
    rng = np.random.default_rng(0)
    losses = []
    for _ in range(n_updates):
        label = rng.integers(2)
        x = rng.normal(0, np.sqrt(0.2), size=(T, 1))
        x[0] = 1.0 if label else -1.0
        losses.append(model.forward(x, np.array([float(label)])))
        model.backward()
        model.update(eta)
    return losses


def accuracy(model, data):
    hits = []
    for x, y in data:
        model.forward(x, y)
        hits.append((model.z[0] > 0) == (y[0] == 1))
    return float(np.mean(hits))
