# bce_derivative and computational_graph return an object that equals everything, is
# close to everything and claims to be a networkx.DiGraph. The grader receives only plain
# data (here the float 0.0), never the object, so both cells fail.
# base: solution
# expect: test_bce_derivative=0 test_computational_graph=0
# %% bce_derivative
class Anything(float):
    __class__ = property(lambda self: nx.DiGraph)

    def __eq__(self, other):
        return True

    __ne__ = lambda self, other: False
    __le__ = __ge__ = __lt__ = __gt__ = __eq__
    __sub__ = __rsub__ = __abs__ = lambda self, *other: Anything(0.0)
    nodes = edges = property(lambda self: self)
    __contains__ = __eq__


def bce_derivative(z, y):
    return Anything(0.0)
# %% computational_graph
def computational_graph(T=3):
    return Anything(0.0)
