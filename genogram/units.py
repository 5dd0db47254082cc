"""Partner units and the blocks they form, before any reordering: who stands beside whom
(a person with the partners who married in, in date order, the man on the left of a couple)
and which units hang together as one couple's children. The terms are explained in
`genogram.ordering`."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

import networkx as nx

from genogram.blocks import Block, item_person, person_item
from genogram.model import FamilyGraph, Union, person_node

Priority = Callable[[str], tuple[int, int]]


def subject_priority(graph: FamilyGraph) -> Priority:
    """Nearness to the subject child (steps in the family graph), then workbook order."""
    undirected = graph.graph.to_undirected(as_view=True)
    steps = nx.single_source_shortest_path_length(undirected, person_node(graph.subject))

    def key(pid: str) -> tuple[int, int]:
        return (steps.get(person_node(pid), 10**6), graph.people[pid].row)

    return key


def _block_priority(block: Block, priority: Priority) -> tuple[int, int]:
    people = [p for p in map(item_person, block.items) if p is not None]
    return min(map(priority, people)) if people else (10**6, 0)


def _child_key(graph: FamilyGraph) -> Callable[[str], tuple[object, ...]]:
    """Birth order, with twins kept together at the place of the first-born twin."""
    twin_of = {pid: i for i, twins in enumerate(graph.twin_sets) for pid in twins}

    def key(pid: str) -> tuple[object, ...]:
        index = twin_of.get(pid)
        if index is None:
            return (graph.birth_key(pid), -1, graph.birth_key(pid))
        return (graph.birth_key(graph.twin_sets[index][0]), index, graph.birth_key(pid))

    return key


def classify_unions(
    graph: FamilyGraph, generation: dict[str, int]
) -> tuple[dict[str, str], dict[str, int], dict[str, str]]:
    kinds: dict[str, str] = {}
    rows: dict[str, int] = {}
    slot_owner: dict[str, str] = {}
    for union in graph.unions.values():
        uid = union.union_id
        if union.single:
            kinds[uid], rows[uid] = "single", generation[union.partners[0]]
            slot_owner[uid] = union.partners[0]
            continue
        a, b = union.partners
        if generation[a] == generation[b]:
            kinds[uid], rows[uid] = "same", generation[a]
            continue
        lower = a if generation[a] > generation[b] else b
        kinds[uid], rows[uid] = "cross", generation[lower]
        slot_owner[uid] = lower
    return kinds, rows, slot_owner


def partner_units(
    graph: FamilyGraph,
    generation: dict[str, int],
    kinds: dict[str, str],
    slot_owner: dict[str, str],
    priority: Priority,
) -> list[tuple[str, list[str]]]:
    """(root person, ordered items) for every unit; each person is in exactly one unit."""
    blood = set(graph.primary_union)
    partners: dict[str, list[tuple[object, str]]] = {pid: [] for pid in graph.people}
    slots: dict[str, list[tuple[object, str]]] = {pid: [] for pid in graph.people}
    for union in graph.unions.values():
        key = graph.union_key(union)
        if kinds[union.union_id] == "same":
            a, b = union.partners
            partners[a].append((key, b))
            partners[b].append((key, a))
        else:
            slots[slot_owner[union.union_id]].append((key, f"s:{union.union_id}"))
    claimed: set[str] = set()

    def grow(root: str) -> set[str]:
        members, queue = {root}, deque([root])
        claimed.add(root)
        while queue:
            for _, other in sorted(partners[queue.popleft()], key=_sort_key):
                if other in claimed or other in blood:
                    continue
                claimed.add(other)
                members.add(other)
                queue.append(other)
        return members

    roots = sorted(blood, key=priority) + sorted(set(graph.people) - blood, key=priority)
    units = []
    for root in roots:
        if root in claimed:
            continue
        members = grow(root)
        units.append((root, _linearise(graph, root, members, partners, slots)))
    return units


def _sort_key(entry: tuple[object, str]) -> tuple[object, str]:
    return entry


def _linearise(
    graph: FamilyGraph,
    root: str,
    members: set[str],
    partners: dict[str, list[tuple[object, str]]],
    slots: dict[str, list[tuple[object, str]]],
) -> list[str]:
    """The unit's left-to-right items: partners by date, the root between them."""
    visited = {root}

    def place(pid: str, side: str) -> list[str]:
        # A partner from another blood line is not in the unit, but takes their place in the
        # date order at the root, so the root's other partners go to the far side.
        found = [
            e
            for e in partners[pid]
            if (e[1] in members and e[1] not in visited) or (side == "root" and e[1] not in members)
        ]
        people = [other for _, other in sorted(found, key=_sort_key)]
        own_slots = [slot for _, slot in sorted(slots[pid], key=_sort_key)]
        visited.update(people)
        if side == "root":
            if len(people) == 1:
                man_on_left = graph.people[pid].sex == "F" and graph.people[people[0]].sex == "M"
                twin = next((t for t in graph.twin_sets if pid in t), None)
                if twin is not None:  # keep twins side by side: partners on the outer side
                    man_on_left = twin[0] == pid
                left, right = (people, []) if man_on_left else ([], people)
            else:
                half = (len(people) + 1) // 2
                left, right = people[:half], people[half:]
            right = right + own_slots
        elif side == "left":
            left, right = own_slots + people, []
        else:
            left, right = [], people + own_slots
        sequence: list[str] = []
        for other in left:
            if other.startswith("s:"):
                sequence.append(other)
            elif other in members:
                sequence += place(other, "left")
        sequence.append(person_item(pid))
        for other in right:
            if not other.startswith("s:") and other not in members:
                continue
            sequence += [other] if other.startswith("s:") else place(other, "right")
        return sequence

    return place(root, "root")


def row_blocks(
    graph: FamilyGraph,
    generation: dict[str, int],
    union_row: dict[str, int],
    units: list[tuple[str, list[str]]],
    priority: Priority,
) -> tuple[list[list[Block]], list[Block]]:
    """Every row's blocks, and the blocks that hang from an anchor (sibships and the
    placeholders above a child drawn more than one row below the parents' union). Each row
    starts in a fixed order, blocks with no parents drawn first, then by `priority`, so the
    same family always gives the same order."""
    unit_by_root = {unit_root: items for unit_root, items in units}
    depth = max(generation.values(), default=0)
    rows: list[list[Block]] = [[] for _ in range(depth + 1)]
    sibships: list[Block] = []
    child_key = _child_key(graph)
    for union in sorted(graph.unions.values(), key=graph.union_key):
        for child_row, group in _children_by_row(graph, union, generation, child_key):
            anchor = _placeholders(union.union_id, union_row, child_row, rows, sibships)
            members = [unit_by_root[c] for c in group]
            block = Block(
                items=[i for unit in members for i in unit],
                anchor=anchor,
                children=[person_item(c) for c in group],
                units=members,
            )
            rows[child_row].append(block)
            sibships.append(block)
    for root, items in units:
        if root not in graph.primary_union:
            rows[generation[root]].append(
                Block(items=list(items), anchor=None, children=[], units=[list(items)])
            )
    for blocks in rows:
        blocks.sort(key=lambda b: (b.anchor is not None, _block_priority(b, priority)))
    return rows, sibships


def _children_by_row(
    graph: FamilyGraph,
    union: Union,
    generation: dict[str, int],
    child_key: Callable[[str], tuple[object, ...]],
) -> list[tuple[int, list[str]]]:
    """The union's children (those it is the first family of) in birth order, grouped by the
    row they are drawn in, top row first."""
    kids = [c for c, _ in union.children if graph.primary_union.get(c) == union.union_id]
    by_row: dict[int, list[str]] = {}
    for child in sorted(kids, key=child_key):
        by_row.setdefault(generation[child], []).append(child)
    return sorted(by_row.items())


def _placeholders(
    uid: str,
    union_row: dict[str, int],
    child_row: int,
    rows: list[list[Block]],
    sibships: list[Block],
) -> tuple[str, str]:
    """Add a placeholder block to every row between union `uid` and its children in
    `child_row`, each hanging from the one above; returns what the children hang from."""
    anchor: tuple[str, str] = ("union", uid)
    for row in range(union_row[uid] + 1, child_row):
        dummy = f"d:{uid}:{child_row}:{row}"
        block = Block(items=[dummy], anchor=anchor, children=[dummy], units=[[dummy]])
        rows[row].append(block)
        sibships.append(block)
        anchor = ("item", dummy)
    return anchor
