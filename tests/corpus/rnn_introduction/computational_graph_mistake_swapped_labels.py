# Mistake: the input and output matrices swapped, x(t) -> a(t) labelled V and a(t) -> z(t) W.
# base: solution
# expect: test_computational_graph=0
# %% computational_graph
def computational_graph(T=3):
    graph = nx.DiGraph()
    for t in range(1, T + 1):
        graph.add_edge(f"x({t})", f"a({t})", label="V")
        if t > 1:
            graph.add_edge(f"a({t - 1})", f"a({t})", label="R")
        graph.add_edge(f"a({t})", f"z({t})", label="W")
        graph.add_edge(f"z({t})", f"L({t})")
    return graph
