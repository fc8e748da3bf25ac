# zip over range and the generator, losses preallocated; accuracy via sigmoid >= 0.5 on the logit.
# base: solution
# %% train
def train(model, T, eta, n_updates):
    losses = np.zeros(n_updates)
    for n, (x, y) in zip(range(n_updates), generate_data(T)):
        losses[n] = model.forward(x, y)
        model.backward()
        model.update(eta)
    return losses


def accuracy(model, data):
    outcomes = []
    for x, y in data:
        model.forward(x, y)
        predicted = 1.0 if sigmoid(model.z[0]) > 0.5 else 0.0
        outcomes.append(predicted == float(np.squeeze(y)))
    return sum(outcomes) / len(outcomes)
