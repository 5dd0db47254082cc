"""Couples from two drawn families side by side: after the sweeps, each row from the top, a
chain of blocks joined by couples is laid out together, then single moves put one spouse's
block beside the other's. A change is kept only if the whole cost falls (crossings, couples
apart, siblings out of birth order) after the rows below have been sorted again."""

from __future__ import annotations

import networkx as nx

from genogram.blocks import Block, RowsSaved, Structure, person_item, set_units
from genogram.crossings import SWAP_PASSES, Cost, Links, sort_row
from genogram.model import FamilyGraph


def join_couples(graph: FamilyGraph, structure: Structure, links: Links, cost: Cost) -> None:
    """Put couples from two drawn families side by side, row by row from the top: a block
    moves next to the spouse's block and the spouse's unit moves to the end of its sibship
    that faces it. A move is kept only if the whole cost (crossings, couples apart, siblings
    out of birth order) falls, after the rows below have been sorted again."""
    joiner = _Joiner(graph, structure, links, cost)
    for number in range(len(structure.blocks)):
        joiner.lay_chains(number)
        joiner.move_spouses(number)


class _Joiner:
    """The rows being reordered, with what every try needs: the cost, each item's block, and
    the twins (whose units stay side by side)."""

    def __init__(self, graph: FamilyGraph, structure: Structure, links: Links, cost: Cost) -> None:
        self.structure = structure
        self.links = links
        self.cost = cost
        self.rows = structure.blocks
        self.twins = {person_item(p) for t in graph.twin_sets for p in t}
        self.owner = {item: block for row in self.rows for block in row for item in block.items}

    def lay_chains(self, number: int) -> None:
        """Lay each chain of spouses' blocks in row `number` side by side, in whichever
        direction, with or without resorting the rows above, costs least, if that is less
        than now."""
        for chain in _chains(self.rows[number], self.cost.pairs.get(number, []), self.owner):
            if len(chain) < 2:
                continue
            current = self.cost.total()[0]
            start = RowsSaved(self.rows, number)
            scores: list[tuple[int, int, list[Block], bool]] = []
            for turn in (chain, chain[::-1]):
                for up in (False, True):
                    self.lay_chain(number, turn)
                    scores.append((self.settle(number, up), len(scores), turn, up))
                    self.restore(start)
            score, _, turn, up = min(scores, key=lambda k: k[:2])
            if score < current:
                self.lay_chain(number, turn)
                self.settle(number, up)

    def move_spouses(self, number: int) -> None:
        """Move one spouse's block beside the other's, for each couple of row `number`, while
        a pass over the couples improves the cost."""
        for _ in range(SWAP_PASSES):
            improved = False
            for a, b in self.cost.pairs.get(number, []):
                improved = self.move_spouse(number, a, b) or improved
            if not improved:
                break

    def move_spouse(self, number: int, a: str, b: str) -> bool:
        """Try the four moves of one couple (either block beside the other, on either side)
        and keep the cheapest if it lowers the cost."""
        current = self.cost.total()[0]
        start = RowsSaved(self.rows, number)
        scores = []
        for choice in range(4):
            self.move(number, a, b, choice)
            scores.append((self.settle(number), choice))
            self.restore(start)
        score, choice = min(scores)
        if score >= current:
            return False
        self.move(number, a, b, choice)
        self.settle(number)
        return True

    def move(self, number: int, a: str, b: str, choice: int) -> None:
        """Move b's block beside a's (choices 0, 1) or a's beside b's (2, 3), to the right
        (even choices) or the left, each turned to face the other."""
        first, second = (a, b) if choice < 2 else (b, a)
        mover, stay = self.owner[second], self.owner[first]
        right = choice % 2 == 0  # the mover goes to the right of the other block
        order = [blk for blk in self.rows[number] if blk is not mover]
        place = next(i for i, blk in enumerate(order) if blk is stay)
        order.insert(place + 1 if right else place, mover)
        self.rows[number] = order
        _face(stay, first, right, self.twins)
        _face(mover, second, not right, self.twins)

    def lay_chain(self, number: int, chain: list[Block]) -> None:
        """Put the chain's blocks together where its first block stands, each spouse's unit
        turned towards the next block."""
        rows, owner = self.rows, self.owner
        members = {id(block) for block in chain}
        order = list(rows[number])
        place = min(i for i, block in enumerate(order) if id(block) in members)
        rest = [block for block in order if id(block) not in members]
        before = sum(1 for block in order[:place] if id(block) not in members)
        rows[number] = rest[:before] + chain + rest[before:]
        where = {id(block): i for i, block in enumerate(chain)}
        for a, b in self.cost.pairs.get(number, []):
            for mine, other in ((a, b), (b, a)):
                i, j = where.get(id(owner[mine])), where.get(id(owner[other]))
                if i is not None and j is not None and abs(i - j) == 1:
                    _face(owner[mine], mine, j > i, self.twins)

    def settle(self, number: int, up: bool = False) -> int:
        """Sort the rows below `number` again (and above, if `up`); the total cost."""
        cost, links = self.cost, self.links
        cost.refresh(number)
        for n in range(number - 1, -1, -1) if up else ():
            sort_row(self.structure, links, cost, n, links.below)
        for n in range(number + 1, len(self.rows)):
            sort_row(self.structure, links, cost, n, links.above)
        return cost.total()[0]

    def restore(self, saved: RowsSaved) -> None:
        saved.restore(self.rows)
        for n in range(len(self.rows)):
            self.cost.refresh(n)


def _chains(
    row: list[Block], pairs: list[tuple[str, str]], owner: dict[str, Block]
) -> list[list[Block]]:
    """Blocks of the row joined by couples, each in a path order: start from an end (a block
    with one spouse block), then always the most strongly joined next block."""
    joined = nx.Graph()
    for a, b in pairs:
        x, y = id(owner[a]), id(owner[b])
        weight = joined.edges[x, y]["weight"] + 1 if joined.has_edge(x, y) else 1
        joined.add_edge(x, y, weight=weight)
    by_id = {id(block): block for block in row}
    index = {id(block): i for i, block in enumerate(row)}
    components = sorted(nx.connected_components(joined), key=lambda c: min(index[i] for i in c))
    return [[by_id[i] for i in _path(joined, component, index)] for component in components]


def _path(joined: nx.Graph, component: set[int], index: dict[int, int]) -> list[int]:
    nodes = sorted(component, key=lambda i: (joined.degree(i), index[i]))
    path = [nodes[0]]
    while len(path) < len(nodes):
        last = path[-1]
        nearby = [n for n in joined.neighbors(last) if n not in path]
        if not nearby:  # a branch ended: go on from the first block not yet placed
            nearby = [n for n in nodes if n not in path][:1]
        path.append(max(nearby, key=lambda n: (_weight(joined, last, n), -index[n])))
    return path


def _weight(joined: nx.Graph, a: int, b: int) -> int:
    return int(joined.edges[a, b]["weight"]) if joined.has_edge(a, b) else 0


def _face(block: Block, item: str, right: bool, twins: set[str]) -> None:
    """Move the unit holding `item` to the right (or left) end of its block, turned so that
    `item` is at that end of it; a twin's unit stays by its twin and is only turned."""
    unit = next(u for u in block.units if item in u)
    units = [u for u in block.units if u is not unit]
    if item in twins or not block.children or block.anchor is None:
        units = list(block.units)
    else:
        units = [*units, unit] if right else [unit, *units]
    end = unit[-1] if right else unit[0]
    if end != item and (unit[0] if right else unit[-1]) == item:
        unit.reverse()
    set_units(block, units)
