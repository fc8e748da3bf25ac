# Mistake: the logit is read from the first step, z = V a(1), instead of the last.
# base: solution
# expect: test_forward=0
# %% forward
def forward(model, x, y):
    model.a = np.zeros((len(x), model.R.shape[0]))
    state = np.zeros(model.R.shape[0])
    for t in range(len(x)):
        state = model.a[t] = np.tanh(model.W @ x[t] + model.R @ state)
    model.z = model.V @ model.a[0]
    return stable_bce(model.z, y)


FullyRecurrentNetwork.forward = forward
