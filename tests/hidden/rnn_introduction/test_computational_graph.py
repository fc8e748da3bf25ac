"""Hidden tests of computational_graph(T=3): the network unfolded in time as a networkx.DiGraph
with nodes x(t), a(t), z(t), L(t) (a(0) allowed) and edges labelled W, R, V (attribute 'label')."""

import networkx as nx
import pytest


def expected_edges(T, with_a0):
    """{(source, target): label}; the unweighted edges z(t) -> L(t) have the label None."""
    edges = {}
    for t in range(1, T + 1):
        edges[f"x({t})", f"a({t})"] = "W"
        edges[f"a({t})", f"z({t})"] = "V"
        edges[f"z({t})", f"L({t})"] = None
        if t > 1 or with_a0:
            edges[f"a({t - 1})", f"a({t})"] = "R"
    return edges


def graph_of(student, T):
    call = "computational_graph()" if T is None else f"computational_graph(T={T})"
    graph = student.computational_graph() if T is None else student.computational_graph(T=T)
    assert isinstance(graph, nx.Graph), f"{call} should return a networkx.DiGraph, got {graph!r}"
    assert graph.is_directed(), f"{call} should return a directed graph (networkx.DiGraph), got an undirected one"
    return graph, call


def listed(items):
    return ", ".join(sorted(" -> ".join(i) if isinstance(i, tuple) else str(i) for i in items)) or "none"


@pytest.mark.parametrize("T", [None, 1, 2, 5])
def test_nodes(student, T):
    graph, call = graph_of(student, T)
    steps = 3 if T is None else T
    expected = {f"{n}({t})" for n in "xazL" for t in range(1, steps + 1)}
    got = set(graph.nodes) - {"a(0)"}
    assert got == expected, (f"{call} should have the nodes x(t), a(t), z(t), L(t) for t = 1..{steps} "
                             f"(and perhaps a(0)); missing: {listed(expected - got)}; "
                             f"unexpected: {listed(got - expected)}")


@pytest.mark.parametrize("T", [None, 1, 2, 5])
def test_edges(student, T):
    graph, call = graph_of(student, T)
    expected = set(expected_edges(3 if T is None else T, "a(0)" in graph))
    got = set(graph.edges)
    assert got == expected, (f"{call} has the wrong edges; missing: {listed(expected - got)}; "
                             f"unexpected: {listed(got - expected)}")


@pytest.mark.parametrize("T", [None, 4])
def test_edge_labels_name_the_weight_matrices(student, T):
    graph, call = graph_of(student, T)
    edges = expected_edges(3 if T is None else T, "a(0)" in graph)
    wrong = [f"{u} -> {v} has label {graph.edges[u, v].get('label')!r} instead of {label!r}"
             for (u, v), label in edges.items() if label and graph.has_edge(u, v)
             and graph.edges[u, v].get("label") != label]
    assert not wrong, f"in {call}, every weighted edge should carry its matrix in the attribute 'label': " + \
        "; ".join(wrong)
