# Mistake: adds the gradient (gradient ascent), so train cannot learn either.
# base: solution
# expect: test_update=0
# %% update
def update(self, eta):
    self.W += eta * self.dW
    self.R += eta * self.dR
    self.V += eta * self.dV


FullyRecurrentNetwork.update = update
