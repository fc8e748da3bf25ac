# Mistake: T has no default value, so computational_graph() raises instead of unfolding
# three steps.
# base: solution
# expect: test_computational_graph=0
# %% computational_graph
def computational_graph(T):
    graph = nx.DiGraph()
    for t in range(1, T + 1):
        graph.add_edge(f"x({t})", f"a({t})", label="W")
        if t > 1:
            graph.add_edge(f"a({t - 1})", f"a({t})", label="R")
        graph.add_edge(f"a({t})", f"z({t})", label="V")
        graph.add_edge(f"z({t})", f"L({t})")
    return graph
