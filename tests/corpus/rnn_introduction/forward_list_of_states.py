# Correct: states collected in a Python list and stacked at the end; returns the loss as a
# Python float (K = 1 in the tests).
# base: solution
# %% forward
def forward(model, x, y):
    states = []
    previous = np.zeros(model.R.shape[0])
    for x_t in x:
        previous = np.tanh(np.dot(model.W, x_t) + np.dot(model.R, previous))
        states.append(previous)
    model.a = np.array(states)
    model.z = np.dot(model.V, model.a[-1])
    return float(np.sum(stable_bce(model.z, y)))


FullyRecurrentNetwork.forward = forward
