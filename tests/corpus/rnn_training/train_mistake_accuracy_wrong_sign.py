# Mistake: accuracy predicts class 1 for a negative logit.
# base: solution
# expect: test_train=0
# %% train
def train(model, T, eta, n_updates):
    losses = []
    for x, y in itertools.islice(generate_data(T), n_updates):
        losses.append(model.forward(x, y))
        model.backward()
        model.update(eta)
    return losses


def accuracy(model, data):
    hits = []
    for x, y in data:
        model.forward(x, y)
        hits.append((model.z[0] < 0) == (y[0] == 1))
    return float(np.mean(hits))
