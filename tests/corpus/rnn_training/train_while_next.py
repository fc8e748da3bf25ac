# A while loop with next() on one generator; accuracy counts hits on a Python list of pairs.
# base: solution
# %% train
def train(model, T, eta, n_updates):
    data = generate_data(T)
    losses = []
    while len(losses) < n_updates:
        x, y = next(data)
        losses.append(model.forward(x, y))
        model.backward()
        model.update(eta)
    return losses


def accuracy(model, data):
    correct = total = 0
    for x, y in data:
        model.forward(x, y)
        correct += int(model.z.item() > 0) == int(y.item())
        total += 1
    return correct / total
