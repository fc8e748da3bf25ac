# Mistake: the loss is called as stable_bce(y, z), label and logit swapped; the stored
# activations and logit are right.
# base: solution
# expect: test_forward=0
# %% forward
def forward(model, x, y):
    model.a = np.zeros((len(x), model.R.shape[0]))
    state = np.zeros(model.R.shape[0])
    for t in range(len(x)):
        state = model.a[t] = np.tanh(model.W @ x[t] + model.R @ state)
    model.z = model.V @ state
    return stable_bce(y, model.z)


FullyRecurrentNetwork.forward = forward
