# Mistake: the nonlinearity is forgotten, a(t) = W x(t) + R a(t-1).
# base: solution
# expect: test_forward=0
# %% forward
def forward(model, x, y):
    model.a = np.zeros((len(x), model.R.shape[0]))
    state = np.zeros(model.R.shape[0])
    for t in range(len(x)):
        state = model.a[t] = model.W @ x[t] + model.R @ state
    model.z = model.V @ state
    return stable_bce(model.z, y)


FullyRecurrentNetwork.forward = forward
