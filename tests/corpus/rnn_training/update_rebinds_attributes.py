# Assigns new arrays to the attributes instead of subtracting in place.
# base: solution
# %% update
def update(self, eta):
    self.W = self.W - eta * self.dW
    self.R = self.R - eta * self.dR
    self.V = self.V - eta * self.dV


FullyRecurrentNetwork.update = update
