# Mistake: the recurrent edges point backwards in time, a(t) -> a(t-1).
# base: solution
# expect: test_computational_graph=0
# %% computational_graph
def computational_graph(T=3):
    graph = nx.DiGraph()
    for t in range(1, T + 1):
        graph.add_edge(f"x({t})", f"a({t})", label="W")
        if t > 1:
            graph.add_edge(f"a({t})", f"a({t - 1})", label="R")
        graph.add_edge(f"a({t})", f"z({t})", label="V")
        graph.add_edge(f"z({t})", f"L({t})")
    return graph
