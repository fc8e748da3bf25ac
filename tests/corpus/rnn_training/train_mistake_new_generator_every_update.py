# Mistake: calls generate_data(T) anew for every update, so it trains on the first sequence only.
# base: solution
# expect: test_train=0
# %% train
def train(model, T, eta, n_updates):
    losses = []
    for _ in range(n_updates):
        x, y = next(generate_data(T))
        losses.append(model.forward(x, y))
        model.backward()
        model.update(eta)
    return losses


def accuracy(model, data):
    hits = []
    for x, y in data:
        model.forward(x, y)
        hits.append((model.z[0] > 0) == (y[0] == 1))
    return float(np.mean(hits))
