# Uses np.subtract with out= on each weight array.
# base: solution
# %% update
def update(self, eta):
    for weights, gradient in ((self.W, self.dW), (self.R, self.dR), (self.V, self.dV)):
        np.subtract(weights, eta * gradient, out=weights)


FullyRecurrentNetwork.update = update
