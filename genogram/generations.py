"""Which row of the genogram each person is drawn in (0 is the top row).

Children are always below their parents. Partners, twins and siblings share a row whenever
that does not contradict descent; when it would (a man whose partners are a mother and, later,
her daughter), the union is drawn across rows instead. Rows are then pulled as close together
as descent allows, so in-laws with short family trees do not float at the top of the page.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import networkx as nx

from genogram.model import FamilyGraph


def assign_generations(graph: FamilyGraph) -> dict[str, int]:
    """Person id -> generation (row), deterministic for the same family."""
    people = list(graph.people)
    group = {pid: pid for pid in people}

    def find(pid: str) -> str:
        while group[pid] != pid:
            group[pid] = group[group[pid]]
            pid = group[pid]
        return pid

    dag = nx.DiGraph()
    dag.add_nodes_from(people)
    for child, uid in sorted(graph.primary_union.items(), key=lambda i: graph.people[i[0]].row):
        for parent in graph.unions[uid].partners:
            dag.add_edge(parent, child)
    for a, b in _same_row_wishes(graph):
        ga, gb = find(a), find(b)
        if ga == gb or nx.has_path(dag, ga, gb) or nx.has_path(dag, gb, ga):
            continue
        nx.contracted_nodes(dag, ga, gb, self_loops=False, copy=False)
        group[gb] = ga
    level = _layer(dag)
    result = {pid: level[find(pid)] for pid in people if find(pid) in level}
    _place_loose(graph, result, find)
    low = min(result.values(), default=0)
    return {pid: result[pid] - low for pid in people}


def _same_row_wishes(graph: FamilyGraph) -> Iterator[tuple[str, str]]:
    """Pairs that should share a row, most important first: twins, couples, siblings."""
    for twins in graph.twin_sets:
        for other in twins[1:]:
            yield twins[0], other
    for union in sorted(graph.unions.values(), key=lambda u: (not u.children, graph.union_key(u))):
        if len(union.partners) == 2:
            yield union.partners[0], union.partners[1]
    for union in sorted(graph.unions.values(), key=graph.union_key):
        children = [c for c, _ in union.children if graph.primary_union.get(c) == union.union_id]
        yield from itertools.pairwise(children)


def _layer(dag: nx.DiGraph) -> dict[str, int]:
    """Longest-path layers, then people without parents moved down next to their children."""
    order = [node for node in nx.topological_sort(dag) if dag.degree(node) > 0]
    level: dict[str, int] = {}
    for node in order:
        level[node] = max((level[p] + 1 for p in dag.predecessors(node)), default=0)
    changed = True
    while changed:
        changed = False
        for node in reversed(order):
            if dag.in_degree(node) == 0:
                target = min(level[s] for s in dag.successors(node)) - 1
                if target > level[node]:
                    level[node] = target
                    changed = True
    return level


def _place_loose(graph: FamilyGraph, result: dict[str, int], find: Callable[[str], str]) -> None:
    """People with no parents, children or partners in the drawing: the row of the first person
    they are linked to (step-parents a row above the child), else by age near the subject."""
    loose = [pid for pid in graph.people if pid not in result]
    while loose:
        progress = False
        for pid in list(loose):
            row = _linked_row(graph, pid, result)
            if row is not None:
                for other in graph.people:
                    if find(other) == find(pid):
                        result[other] = row
                loose = [p for p in loose if p not in result]
                progress = True
        if not progress:
            break
    subject_row = result.get(graph.subject, 1)
    for pid in loose:
        adult = graph.is_adult(pid, graph.reference_date)
        result[pid] = subject_row - 1 if adult else subject_row


def _linked_row(graph: FamilyGraph, pid: str, placed: dict[str, int]) -> int | None:
    for rel in sorted(graph.links, key=lambda r: r.row):
        if pid not in (rel.person_a, rel.person_b):
            continue
        other = rel.person_b if rel.person_a == pid else rel.person_a
        if other not in placed:
            continue
        if rel.type == "step_parent":
            return placed[other] + (-1 if rel.person_a == pid else 1)
        return placed[other]
    for union in graph.unions_of(pid):
        for other in union.partners:
            if other != pid and other in placed:
                return placed[other]
    return None
