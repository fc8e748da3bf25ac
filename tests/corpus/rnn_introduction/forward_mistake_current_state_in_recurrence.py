# Mistake: the recurrence reads a(t) (the still-empty row t) instead of a(t-1).
# base: solution
# expect: test_forward=0
# %% forward
def forward(model, x, y):
    model.a = np.zeros((len(x), model.R.shape[0]))
    for t in range(len(x)):
        model.a[t] = np.tanh(model.W @ x[t] + model.R @ model.a[t])
    model.z = model.V @ model.a[-1]
    return stable_bce(model.z, y)


FullyRecurrentNetwork.forward = forward
