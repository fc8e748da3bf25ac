# Correct: includes the node a(0) and its recurrent edge to a(1), labels the loss edges too.
# base: solution
# %% computational_graph
def computational_graph(T=3):
    graph = nx.DiGraph()
    graph.add_node("a(0)")
    for t in range(1, T + 1):
        graph.add_edge(f"a({t - 1})", f"a({t})", label="R")
        graph.add_edge(f"x({t})", f"a({t})", label="W")
        graph.add_edge(f"a({t})", f"z({t})", label="V")
        graph.add_edge(f"z({t})", f"L({t})", label="BCE")
    return graph
