"""Fewer crossings: the links each block is drawn towards, the cost of an order (crossings,
couples apart, siblings out of birth order), and the passes that lower it: barycentre sweeps
down and up (Sugiyama's method), swaps of neighbouring blocks, and half-sibships kept in the
order of their parents' unions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from genogram.blocks import (
    Block,
    Structure,
    anchor_items,
    anchor_of,
    person_item,
    positions,
    row_positions,
)
from genogram.model import FamilyGraph

SWEEPS = 8
SWAP_PASSES = 6
SPOUSE_WEIGHT = 2  # how strongly a block is drawn towards a spouse in another block


@dataclass
class Links:
    """For each block (by id()): the items it connects to above, below, and in its own row
    (spouses in other blocks, and other links such as emotional lines)."""

    above: dict[int, list[str]] = field(default_factory=dict)
    below: dict[int, list[str]] = field(default_factory=dict)
    spouses: dict[int, list[str]] = field(default_factory=dict)
    beside: dict[int, list[str]] = field(default_factory=dict)  # other links, any row
    spouse_pairs: list[tuple[str, str]] = field(default_factory=list)


def neighbours(graph: FamilyGraph, structure: Structure) -> Links:
    """What each block is drawn towards: its parents' anchor above, its children below,
    spouses in other blocks of its row, and other links (emotional lines, a second set of
    parents)."""
    links = Links()
    owner: dict[str, Block] = {}
    for row in structure.blocks:
        for block in row:
            for item in block.items:
                owner[item] = block
            for table in (links.above, links.below, links.spouses, links.beside):
                table[id(block)] = []
    for block in structure.sibships:
        anchors = anchor_items(structure, anchor_of(block), graph)
        links.above[id(block)] += anchors
        for item in anchors:
            links.below[id(owner[item])] += block.children
    row_of = {item: n for n, row in enumerate(structure.blocks) for b in row for item in b.items}
    for a, b, kind in _pairs(graph, structure):
        if a in owner and b in owner and owner[a] is not owner[b]:
            _link(links, (id(owner[a]), a, row_of[a]), (id(owner[b]), b, row_of[b]), kind)
    return links


def _pairs(graph: FamilyGraph, structure: Structure) -> list[tuple[str, str, str]]:
    """(item, item, kind) for every couple, second set of parents and other link."""
    pairs: list[tuple[str, str, str]] = []
    for union in graph.unions.values():
        if structure.union_kind[union.union_id] == "cross":
            upper = next(p for p in union.partners if p != structure.slot_owner[union.union_id])
            pairs.append((person_item(upper), f"s:{union.union_id}", "couple"))
        elif structure.union_kind[union.union_id] == "same":
            a, b = anchor_items(structure, ("union", union.union_id), graph)
            pairs.append((a, b, "couple"))
    for union in graph.unions.values():  # a second set of parents (adoptive, foster, birth)
        anchors = anchor_items(structure, ("union", union.union_id), graph)
        for child, _ in union.children:
            if graph.primary_union.get(child) != union.union_id:
                pairs += [(anchor, person_item(child), "parent") for anchor in anchors]
    pairs += [(person_item(r.person_a), person_item(r.person_b), "link") for r in graph.links]
    return pairs


def _link(
    links: Links, first: tuple[int, str, int], second: tuple[int, str, int], kind: str
) -> None:
    """Record one pair, each side given as (block id, item, row): a link ties the blocks
    whatever their rows (used only for blocks with nothing else); a couple in one row are
    spouses; anything else one row apart is above and below."""
    (block_a, a, row_a), (block_b, b, row_b) = first, second
    if kind == "link":  # emotional lines, step-parents: only for blocks with nothing else
        links.beside[block_a].append(b)
        links.beside[block_b].append(a)
    elif row_a == row_b and kind == "couple":
        links.spouses[block_a].append(b)
        links.spouses[block_b].append(a)
        links.spouse_pairs.append((a, b))
    elif row_b == row_a + 1:
        links.below[block_a].append(b)
        links.above[block_b].append(a)
    elif row_a == row_b + 1:
        links.below[block_b].append(a)
        links.above[block_a].append(b)


class Cost:
    """Crossings (between each pair of rows) and spouse spread (within each row), so a
    change to one row can be scored from that row and its neighbours only."""

    CROSSING_WEIGHT = 4
    APART_WEIGHT = 12  # a couple drawn with someone between them: worse than a few crossings
    DISORDER_WEIGHT = 1  # each pair of siblings out of birth order

    def __init__(self, graph: FamilyGraph, structure: Structure, links: Links) -> None:
        self.structure = structure
        self.birth_rank = {
            id(unit): rank
            for row in structure.blocks
            for b in row
            for rank, unit in enumerate(b.units)
        }
        self.anchors = {
            id(block): anchor_items(structure, anchor_of(block), graph)
            for block in structure.sibships
        }
        row_of = {i: n for n, row in enumerate(structure.blocks) for b in row for i in b.items}
        self.pairs: dict[int, list[tuple[str, str]]] = {}
        for a, b in links.spouse_pairs:
            self.pairs.setdefault(row_of[a], []).append((a, b))
        self.position = positions(structure.blocks)

    def crossings_below(self, number: int) -> int:
        """Crossings between row `number` and the row below it."""
        rows = self.structure.blocks
        if number + 1 >= len(rows):
            return 0
        position = self.position
        edges = []
        for block in rows[number + 1]:
            if block.anchor is None:
                continue
            anchors = self.anchors[id(block)]
            top = sum(position[a] for a in anchors) / len(anchors)
            edges += [(top, position[child]) for child in block.children]
        total = 0
        for i, (a1, b1) in enumerate(edges):
            for a2, b2 in edges[i + 1 :]:
                if (a1 - a2) * (b1 - b2) < 0:
                    total += 1
        return total

    def spread(self, number: int) -> int:
        """Within row `number`: how far apart couples in different blocks are (items between
        them), couples not side by side (weighted), and siblings out of birth order."""
        row = [item for block in self.structure.blocks[number] for item in block.items]
        index = {item: i for i, item in enumerate(row)}
        total = 0
        for a, b in self.pairs.get(number, []):
            between = abs(index[a] - index[b]) - 1
            total += between + (self.APART_WEIGHT if between else 0)
        rank = self.birth_rank
        for block in self.structure.blocks[number]:
            if len(block.units) > 1:
                ranks = [rank[id(unit)] for unit in block.units]
                total += self.DISORDER_WEIGHT * sum(
                    1 for i, r in enumerate(ranks) for q in ranks[i + 1 :] if q < r
                )
        return total

    def total(self) -> tuple[int, int]:
        rows = range(len(self.structure.blocks))
        crossings = sum(self.crossings_below(n) for n in rows)
        return crossings * self.CROSSING_WEIGHT + sum(self.spread(n) for n in rows), crossings

    def total_from(self, number: int) -> int:
        """The part of the cost that a change to rows `number` and below can alter."""
        rows = range(number, len(self.structure.blocks))
        crossings = sum(self.crossings_below(n) for n in range(max(number - 1, 0), rows.stop))
        return crossings * self.CROSSING_WEIGHT + sum(self.spread(n) for n in rows)

    def around(self, number: int) -> int:
        """The part of the cost that depends on the order of row `number`."""
        crossings = self.crossings_below(number)
        if number > 0:
            crossings += self.crossings_below(number - 1)
        return crossings * self.CROSSING_WEIGHT + self.spread(number)

    def refresh(self, number: int) -> None:
        self.position.update(row_positions(self.structure.blocks[number]))


def sort_row(
    structure: Structure, links: Links, cost: Cost, number: int, towards: dict[int, list[str]]
) -> None:
    """Order row `number`'s blocks by the barycentre of what they connect to (`towards`)."""
    rows = structure.blocks
    position = cost.position
    keyed = []
    for index, block in enumerate(rows[number]):
        linked = [position[i] for i in towards[id(block)] if i in position]
        linked += [position[i] for i in links.spouses[id(block)]] * SPOUSE_WEIGHT
        if not linked:
            linked = [position[i] for i in links.beside[id(block)] if i in position]
        own = sum(position[i] for i in block.items) / len(block.items)
        keyed.append((sum(linked) / len(linked) if linked else own, index, block))
    keyed.sort(key=lambda k: (k[0], k[1]))
    rows[number] = [block for _, _, block in keyed]
    cost.refresh(number)


def sweep_rows(structure: Structure, links: Links, cost: Cost) -> None:
    """Sort every row by barycentre, down then up and down again, and keep the order with the
    lowest cost (stopping early at no crossings)."""
    rows = structure.blocks

    def sort(number: int, towards: dict[int, list[str]]) -> None:
        sort_row(structure, links, cost, number, towards)

    for number in range(1, len(rows)):
        sort(number, links.above)
    best = (cost.total(), [list(r) for r in rows])
    for _ in range(SWEEPS):
        for number in range(len(rows) - 2, -1, -1):
            sort(number, links.below)
        for number in range(1, len(rows)):
            sort(number, links.above)
        current = cost.total()
        if current < best[0]:
            best = (current, [list(r) for r in rows])
        if current[0] == 0:
            break
    structure.blocks = best[1]
    cost.position = positions(structure.blocks)


def swap_neighbours(structure: Structure, cost: Cost) -> None:
    """Swap adjacent blocks while that lowers the cost (a local search after the sweeps, for
    what barycentres miss: an unrelated couple between two spouses, say)."""
    for _ in range(SWAP_PASSES):
        improved = False
        for number, row in enumerate(structure.blocks):
            for index in range(len(row) - 1):
                before = cost.around(number)
                row[index], row[index + 1] = row[index + 1], row[index]
                cost.refresh(number)
                if cost.around(number) < before:
                    improved = True
                else:
                    row[index], row[index + 1] = row[index + 1], row[index]
                    cost.refresh(number)
        if not improved:
            break


def _mean(values: Iterable[float]) -> float:
    found = list(values)
    return sum(found) / len(found)


def untangle_half_siblings(structure: Structure, cost: Cost) -> None:
    """Sibships hanging from unions that share a parent (or a partner unit) keep the order of
    their unions, whatever the other pulls: a mother's children by each partner under the
    right union."""
    unit_of: dict[str, int] = {}
    for row in structure.blocks:
        for block in row:
            for unit in block.units:
                for item in unit:
                    unit_of[item] = id(unit)
    position = positions(structure.blocks)
    for number in range(1, len(structure.blocks)):
        row = structure.blocks[number]
        related = nx.Graph()
        for index, block in enumerate(row):
            if block.anchor is None or block.anchor[0] != "union":
                continue
            related.add_node(index)
            for item in cost.anchors[id(block)]:
                related.add_edge(index, ("unit", unit_of[item]))
                if item in structure.copies:  # a copy's unions are the person's too
                    related.add_edge(index, ("unit", unit_of[person_item(structure.copies[item])]))
        for component in nx.connected_components(related):
            indices = sorted(i for i in component if isinstance(i, int))
            if len(indices) < 2:
                continue
            blocks = [row[i] for i in indices]
            blocks.sort(key=lambda b: _mean(position[a] for a in cost.anchors[id(b)]))
            for index, block in zip(indices, blocks, strict=True):
                row[index] = block
        position.update(row_positions(row))
