# Runs forward and backward itself first, walks the entries through flat views, raises with assert.
# base: solution
# %% grad_check
def grad_check(self, eps, thresh):
    self.forward(self.x, self.y)
    self.backward()
    for name in ["W", "R", "V"]:
        flat = getattr(self, name).reshape(-1)  # a view: writing to it changes the weights
        analytic = getattr(self, "d" + name).reshape(-1)
        for i in range(flat.size):
            keep = flat[i]
            flat[i] = keep + eps
            plus = self.forward(self.x, self.y)
            flat[i] = keep - eps
            minus = self.forward(self.x, self.y)
            flat[i] = keep
            assert abs((plus - minus) / (2 * eps) - analytic[i]) <= thresh, f"gradient of {name} wrong at {i}"


FullyRecurrentNetwork.grad_check = grad_check
