# Mistake: only L(T), the loss the many-to-one network uses, instead of L(t) at every step.
# base: solution
# expect: test_computational_graph=0
# %% computational_graph
def computational_graph(T=3):
    graph = nx.DiGraph()
    for t in range(1, T + 1):
        graph.add_edge(f"x({t})", f"a({t})", label="W")
        if t > 1:
            graph.add_edge(f"a({t - 1})", f"a({t})", label="R")
        graph.add_edge(f"a({t})", f"z({t})", label="V")
    graph.add_edge(f"z({T})", f"L({T})")
    return graph
