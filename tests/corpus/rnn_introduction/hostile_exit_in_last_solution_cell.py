# A correct computational_graph, the last autograded solution cell, that ends its kernel
# with os._exit: the notebook runs again without that cell, and only its tests lose.
# base: solution
# expect: test_computational_graph=0
# %% computational_graph
import os


def computational_graph(T=3):
    graph = nx.DiGraph()
    for t in range(1, T + 1):
        graph.add_edge(f"x({t})", f"a({t})", label="W")
        if t > 1:
            graph.add_edge(f"a({t - 1})", f"a({t})", label="R")
        graph.add_edge(f"a({t})", f"z({t})", label="V")
        graph.add_edge(f"z({t})", f"L({t})")
    return graph


os._exit(0)
