# enumerate with a break, losses as floats of a list; accuracy with np.sign of the logit.
# base: solution
# %% train
def train(model, T, eta, n_updates):
    losses = []
    for step, (x, y) in enumerate(generate_data(T)):
        if step == n_updates:
            break
        loss = model.forward(x, y)
        model.backward()
        model.update(eta)
        losses.append(float(loss))
    return losses


def accuracy(model, data):
    results = []
    for x, y in data:
        model.forward(x, y)
        results.append(np.sign(model.z[0]) == 2 * y[0] - 1)
    return float(np.mean(results))
