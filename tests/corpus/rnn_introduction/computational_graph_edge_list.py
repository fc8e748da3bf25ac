# Correct: nodes with layer and time attributes first, then all edges from one list of triples.
# base: solution
# %% computational_graph
def computational_graph(T=3):
    graph = nx.DiGraph()
    for layer, name in enumerate("xazL"):
        graph.add_nodes_from((f"{name}({t})", {"layer": layer, "time": t}) for t in range(1, T + 1))
    edges = [(f"x({t})", f"a({t})", {"label": "W"}) for t in range(1, T + 1)]
    edges += [(f"a({t - 1})", f"a({t})", {"label": "R"}) for t in range(2, T + 1)]
    edges += [(f"a({t})", f"z({t})", {"label": "V"}) for t in range(1, T + 1)]
    edges += [(f"z({t})", f"L({t})", {}) for t in range(1, T + 1)]
    graph.add_edges_from(edges)
    return graph
