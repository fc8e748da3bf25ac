# A wrong init (normal instead of uniform weights, too large) and an AST transformer that
# deletes every assert statement from the cells run after it.
# base: solution
# expect: test_init=0
# %% init
import ast


class DropAsserts(ast.NodeTransformer):
    def visit_Assert(self, node):
        return ast.Pass()


get_ipython().ast_transformers.append(DropAsserts())


def init(model, D, I, K):
    model.W, model.R, model.V = np.random.randn(I, D), np.random.randn(I, I), np.random.randn(K, I)


class FullyRecurrentNetwork:
    def __init__(self, D, I, K):
        init(self, D, I, K)
