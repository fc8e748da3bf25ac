# Mistake: rebinds local names, so the model keeps its weights.
# The hidden tests of train pass (the course's update stands in); train's visible test fails
# with this update, which costs nothing: the hidden tests decide.
# base: solution
# expect: test_update=0
# %% update
def update(self, eta):
    W, R, V = self.W, self.R, self.V
    W = W - eta * self.dW
    R = R - eta * self.dR
    V = V - eta * self.dV


FullyRecurrentNetwork.update = update
