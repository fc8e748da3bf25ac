# Mistake: adds the gradient (gradient ascent).
# The hidden tests of train pass (the course's update stands in); train's visible test fails
# with this update, which costs nothing: the hidden tests decide.
# base: solution
# expect: test_update=0
# %% update
def update(self, eta):
    self.W += eta * self.dW
    self.R += eta * self.dR
    self.V += eta * self.dV


FullyRecurrentNetwork.update = update
