# Mistake: the logit is stored as a column of shape (K, 1) instead of a vector of shape (K,);
# its values and the loss are right.
# base: solution
# expect: test_forward=0
# %% forward
def forward(model, x, y):
    model.a = np.zeros((len(x), model.R.shape[0]))
    state = np.zeros(model.R.shape[0])
    for t in range(len(x)):
        state = model.a[t] = np.tanh(model.W @ x[t] + model.R @ state)
    model.z = model.V @ state[:, None]
    return stable_bce(model.z, y)


FullyRecurrentNetwork.forward = forward
