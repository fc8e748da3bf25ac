# Correct: scipy's logistic function.
# base: solution
# %% bce_derivative
from scipy.special import expit


def bce_derivative(z, y):
    return expit(z) - y
