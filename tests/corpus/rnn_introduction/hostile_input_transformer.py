# A wrong forward (no tanh) and an IPython input transformer that blanks every later cell
# containing an assert, so the visible tests of test_forward never run.
# base: solution
# expect: test_forward=0
# %% forward
get_ipython().input_transformers_cleanup.append(
    lambda lines: [] if any("assert" in line for line in lines) else lines)


def forward(model, x, y):
    state = np.zeros(model.R.shape[0])
    model.a = []
    for x_t in x:
        state = model.W @ x_t + model.R @ state
        model.a.append(state)
    model.a = np.array(model.a)
    model.z = model.V @ state
    return stable_bce(model.z, y)


FullyRecurrentNetwork.forward = forward
