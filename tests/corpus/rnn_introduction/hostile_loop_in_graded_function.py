# forward loops forever when called: the visible test cell times out, and the hidden tests'
# first call is interrupted after the call timeout; the other cells keep their points.
# base: solution
# expect: test_forward=0
# %% forward
def forward(model, x, y):
    while True:
        pass


FullyRecurrentNetwork.forward = forward
