# Mistake: adds the gradient (gradient ascent). The hidden tests of train pass (the course's update
# stands in), but train's visible test trains with this update, which cannot learn.
# base: solution
# expect: test_update=0 test_train=0
# %% update
def update(self, eta):
    self.W += eta * self.dW
    self.R += eta * self.dR
    self.V += eta * self.dV


FullyRecurrentNetwork.update = update
