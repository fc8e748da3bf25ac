# Correct: one loop per kind of edge, time step by time step, with nx.set_edge_attributes.
# base: solution
# %% computational_graph
def computational_graph(T=3):
    graph = nx.DiGraph()
    labels = {}
    for t in range(1, T + 1):
        labels[(f"x({t})", f"a({t})")] = "W"
    for t in range(2, T + 1):
        labels[(f"a({t - 1})", f"a({t})")] = "R"
    for t in range(1, T + 1):
        labels[(f"a({t})", f"z({t})")] = "V"
    graph.add_edges_from(labels)
    graph.add_edges_from((f"z({t})", f"L({t})") for t in range(1, T + 1))
    nx.set_edge_attributes(graph, labels, "label")
    return graph
