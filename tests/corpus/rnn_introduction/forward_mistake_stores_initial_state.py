# Mistake: model.a keeps a(0) = 0 as its first row, T + 1 rows instead of T.
# base: solution
# expect: test_forward=0
# %% forward
def forward(model, x, y):
    T = len(x)
    model.a = np.zeros((T + 1, model.R.shape[0]))
    for t in range(1, T + 1):
        model.a[t] = np.tanh(model.W @ x[t - 1] + model.R @ model.a[t - 1])
    model.z = model.V @ model.a[T]
    return stable_bce(model.z, y)


FullyRecurrentNetwork.forward = forward
