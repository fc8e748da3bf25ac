# Mistake: the label is read as y[0], which works for an array y of shape (1,) but raises for
# a label given as a number (0, 1, 0.0, 1.0).
# base: solution
# expect: test_forward=0
# %% forward
def forward(model, x, y):
    model.a = np.zeros((len(x), model.R.shape[0]))
    state = np.zeros(model.R.shape[0])
    for t in range(len(x)):
        state = model.a[t] = np.tanh(model.W @ x[t] + model.R @ state)
    model.z = model.V @ state
    return stable_bce(model.z, y[0])


FullyRecurrentNetwork.forward = forward
