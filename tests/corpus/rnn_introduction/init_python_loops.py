# Correct: every weight drawn with Python's random module in nested loops.
# base: solution
# %% init
import random


def uniform_matrix(rows, columns):
    matrix = np.zeros((rows, columns))
    for i in range(rows):
        for j in range(columns):
            matrix[i, j] = random.uniform(-0.01, 0.01)
    return matrix


def init(model, D, I, K):
    model.W = uniform_matrix(I, D)
    model.R = uniform_matrix(I, I)
    model.V = uniform_matrix(K, I)


class FullyRecurrentNetwork:
    def __init__(self, D, I, K):
        init(self, D, I, K)
