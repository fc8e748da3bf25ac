# A correct solution that prints draws of numpy's and Python's global random generators and of
# np.random.default_rng() (never seeded by the notebook) and a set of strings (its order follows the hash seed):
# grading it twice must give the same bytes. Full marks.
# base: solution
# %% after imports
import random

print(np.random.rand(3), np.random.randint(10**9), random.random(), np.random.default_rng().random(2), {"tanh", "sigmoid", "softplus", "logit"})
