"""The left-to-right order of each row: partner units, sibships, and few crossings.

A row is built from *units* and *blocks*:
- a unit is a person with parents in the drawing plus the partners who married in (people with
  no parents drawn), in a fixed order: one partner on the side the convention says (a man to
  the left of a woman), several partners in date order with the person between them, so each
  couple's children can hang under their own union line (half-siblings between the right
  unions). A child with one known parent gets an empty "slot" beside the parent to hang from;
  so does the lower partner of a union across generations;
- a block is a sibship (the units of one couple's children, oldest on the left, twins
  together) or a unit with no parents drawn. Blocks never interleave, so siblings stay
  contiguous; only whole blocks move.
Blocks are then sorted by the barycentre of the people they connect to in the row above and
below (Sugiyama's method), sweeping down and up and keeping the order with fewest crossings.
Ties fall back on a fixed priority (nearness to the subject child, then workbook order), so
the same family always gives the same order. A parent-child line that spans more than one row
passes through placeholder items ("dummies") that reserve its path.

When two partners each have their parents in the drawing and no order of the row puts them
side by side (two brothers marrying two sisters: the two sibships can meet at one place only),
one partner is drawn a second time, next to the other, the standard way of kinship2
(Therneau and Sinnwell) and of printed pedigrees: the copy takes the free end of the partner's
unit, like a partner who married in, and the couple's children hang from the copy's union.
Which partner is copied, and on which side, is chosen by the same cost as the ordering; only
couples still apart after the ordering are copied.

Item ids: `p:<person id>`, `s:<union id>` (slot), `d:<union id>:<child row>:<row>` (dummy),
`c:<person id>:<union id>` (a person drawn a second time, for that union).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import networkx as nx

from genogram.model import FamilyGraph, Union, person_node

SWEEPS = 8
SWAP_PASSES = 6
SPOUSE_WEIGHT = 2  # how strongly a block is drawn towards a spouse in another block


@dataclass
class Block:
    items: list[str]
    anchor: tuple[str, str] | None = None  # ("union", id) or ("item", dummy item id)
    children: list[str] = field(default_factory=list)  # items hanging from the anchor
    units: list[list[str]] = field(default_factory=list)


@dataclass
class Structure:
    """What the coordinate stage needs: rows of items and how they hang together."""

    generation: dict[str, int]
    rows: list[list[str]]
    blocks: list[list[Block]]
    union_row: dict[str, int]
    union_kind: dict[str, str]  # same | single | cross
    slot_owner: dict[str, str]  # union id -> the person its slot sits beside
    unit_of: dict[str, int]  # item -> unit number
    block_of: dict[str, int]  # item -> block number
    sibships: list[Block]  # blocks (and dummies) that hang from an anchor
    crossings: int = 0
    copies: dict[str, str] = field(default_factory=dict)  # copy item -> person id
    union_items: dict[str, tuple[str, str]] = field(default_factory=dict)  # drawn with a copy


# Every row's order, and one row's blocks with their list of units and each unit's items
_Snapshot = tuple[list[list[Block]], list[tuple[Block, list[list[str]], list[list[str]]]]]


def person_item(pid: str) -> str:
    return f"p:{pid}"


def item_person(item: str) -> str | None:
    return item[2:] if item.startswith("p:") else None


def copy_item(pid: str, uid: str) -> str:
    """The item of `pid` drawn a second time, beside their partner in union `uid`."""
    return f"c:{pid}:{uid}"


def person_of(item: str) -> str:
    """The person id of an item known to be a person."""
    if not item.startswith("p:"):
        raise ValueError(f"{item} is not a person")
    return item[2:]


def anchor_of(block: Block) -> tuple[str, str]:
    if block.anchor is None:
        raise ValueError("a block with no parents drawn has no anchor")
    return block.anchor


def build_structure(graph: FamilyGraph, generation: dict[str, int]) -> Structure:
    """Units, blocks and rows in their final left-to-right order."""
    priority = _priority(graph)
    kinds, union_row, slot_owner = _classify_unions(graph, generation)
    units = _units(graph, generation, kinds, slot_owner, priority)
    unit_by_root = {unit_root: items for unit_root, items in units}
    depth = max(generation.values(), default=0)
    rows: list[list[Block]] = [[] for _ in range(depth + 1)]
    sibships: list[Block] = []
    child_key = _child_key(graph)
    for union in sorted(graph.unions.values(), key=graph.union_key):
        kids = [c for c, _ in union.children if graph.primary_union.get(c) == union.union_id]
        by_row: dict[int, list[str]] = {}
        for child in sorted(kids, key=child_key):
            by_row.setdefault(generation[child], []).append(child)
        for child_row, group in sorted(by_row.items()):
            anchor: tuple[str, str] = ("union", union.union_id)
            for row in range(union_row[union.union_id] + 1, child_row):
                dummy = f"d:{union.union_id}:{child_row}:{row}"
                block = Block([dummy], anchor, [dummy], [[dummy]])
                rows[row].append(block)
                sibships.append(block)
                anchor = ("item", dummy)
            members = [unit_by_root[c] for c in group]
            block = Block(
                [i for unit in members for i in unit],
                anchor,
                [person_item(c) for c in group],
                members,
            )
            rows[child_row].append(block)
            sibships.append(block)
    for root, items in units:
        if root not in graph.primary_union:
            rows[generation[root]].append(Block(list(items), None, [], [list(items)]))
    for blocks in rows:
        blocks.sort(key=lambda b: (b.anchor is not None, _block_priority(b, priority)))
    structure = Structure(generation, [], rows, union_row, kinds, slot_owner, {}, {}, sibships)
    _reduce_crossings(graph, structure)
    _index(structure)
    return structure


def _priority(graph: FamilyGraph) -> Callable[[str], tuple[int, int]]:
    """Nearness to the subject child (steps in the family graph), then workbook order."""
    undirected = graph.graph.to_undirected(as_view=True)
    steps = nx.single_source_shortest_path_length(undirected, person_node(graph.subject))

    def key(pid: str) -> tuple[int, int]:
        return (steps.get(person_node(pid), 10**6), graph.people[pid].row)

    return key


def _block_priority(block: Block, priority: Callable[[str], tuple[int, int]]) -> tuple[int, int]:
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


def _classify_unions(
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


def _units(
    graph: FamilyGraph,
    generation: dict[str, int],
    kinds: dict[str, str],
    slot_owner: dict[str, str],
    priority: Callable[[str], tuple[int, int]],
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


# --------------------------------------------------------------------------- crossings


def _anchor_items(structure: Structure, anchor: tuple[str, str], graph: FamilyGraph) -> list[str]:
    kind, name = anchor
    if kind == "item":
        return [name]
    if structure.union_kind[name] == "same":
        drawn = structure.union_items.get(name)
        return list(drawn) if drawn else [person_item(p) for p in graph.unions[name].partners]
    return [f"s:{name}"]


@dataclass
class _Links:
    """For each block (by id()): the items it connects to above, below, and in its own row
    (spouses in other blocks, and other links such as emotional lines)."""

    above: dict[int, list[str]] = field(default_factory=dict)
    below: dict[int, list[str]] = field(default_factory=dict)
    spouses: dict[int, list[str]] = field(default_factory=dict)
    beside: dict[int, list[str]] = field(default_factory=dict)  # other links, any row
    spouse_pairs: list[tuple[str, str]] = field(default_factory=list)


def _neighbours(graph: FamilyGraph, structure: Structure) -> _Links:
    links = _Links()
    owner: dict[str, Block] = {}
    for row in structure.blocks:
        for block in row:
            for item in block.items:
                owner[item] = block
            for table in (links.above, links.below, links.spouses, links.beside):
                table[id(block)] = []
    for block in structure.sibships:
        anchors = _anchor_items(structure, anchor_of(block), graph)
        links.above[id(block)] += anchors
        for item in anchors:
            links.below[id(owner[item])] += block.children
    row_of = {item: n for n, row in enumerate(structure.blocks) for b in row for item in b.items}
    pairs: list[tuple[str, str, str]] = []
    for union in graph.unions.values():
        if structure.union_kind[union.union_id] == "cross":
            upper = next(p for p in union.partners if p != structure.slot_owner[union.union_id])
            pairs.append((person_item(upper), f"s:{union.union_id}", "couple"))
        elif structure.union_kind[union.union_id] == "same":
            a, b = _anchor_items(structure, ("union", union.union_id), graph)
            pairs.append((a, b, "couple"))
    for union in graph.unions.values():  # a second set of parents (adoptive, foster, birth)
        anchors = _anchor_items(structure, ("union", union.union_id), graph)
        for child, _ in union.children:
            if graph.primary_union.get(child) != union.union_id:
                pairs += [(anchor, person_item(child), "parent") for anchor in anchors]
    pairs += [(person_item(r.person_a), person_item(r.person_b), "link") for r in graph.links]
    for a, b, kind in pairs:
        if a not in owner or b not in owner or owner[a] is owner[b]:
            continue
        row_a, row_b = row_of[a], row_of[b]
        if kind == "link":  # emotional lines, step-parents: only for blocks with nothing else
            links.beside[id(owner[a])].append(b)
            links.beside[id(owner[b])].append(a)
        elif row_a == row_b and kind == "couple":
            links.spouses[id(owner[a])].append(b)
            links.spouses[id(owner[b])].append(a)
            links.spouse_pairs.append((a, b))
        elif row_b == row_a + 1:
            links.below[id(owner[a])].append(b)
            links.above[id(owner[b])].append(a)
        elif row_a == row_b + 1:
            links.below[id(owner[b])].append(a)
            links.above[id(owner[a])].append(b)
    return links


def _row_positions(row: list[Block]) -> dict[str, float]:
    items = [item for block in row for item in block.items]
    return {item: (index + 0.5) / len(items) for index, item in enumerate(items)}


def _positions(rows: list[list[Block]]) -> dict[str, float]:
    result: dict[str, float] = {}
    for row in rows:
        result.update(_row_positions(row))
    return result


class _Cost:
    """Crossings (between each pair of rows) and spouse spread (within each row), so a
    change to one row can be scored from that row and its neighbours only."""

    CROSSING_WEIGHT = 4
    APART_WEIGHT = 12  # a couple drawn with someone between them: worse than a few crossings
    DISORDER_WEIGHT = 1  # each pair of siblings out of birth order

    def __init__(self, graph: FamilyGraph, structure: Structure, links: _Links) -> None:
        self.structure = structure
        self.birth_rank = {
            id(unit): rank
            for row in structure.blocks
            for b in row
            for rank, unit in enumerate(b.units)
        }
        self.anchors = {
            id(block): _anchor_items(structure, anchor_of(block), graph)
            for block in structure.sibships
        }
        row_of = {i: n for n, row in enumerate(structure.blocks) for b in row for i in b.items}
        self.pairs: dict[int, list[tuple[str, str]]] = {}
        for a, b in links.spouse_pairs:
            self.pairs.setdefault(row_of[a], []).append((a, b))
        self.position = _positions(structure.blocks)

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
        self.position.update(_row_positions(self.structure.blocks[number]))


def _sort_row(
    structure: Structure, links: _Links, cost: _Cost, number: int, towards: dict[int, list[str]]
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


def _reduce_crossings(graph: FamilyGraph, structure: Structure) -> None:
    links = _neighbours(graph, structure)
    rows = structure.blocks
    cost = _Cost(graph, structure, links)

    def sort_row(number: int, towards: dict[int, list[str]]) -> None:
        _sort_row(structure, links, cost, number, towards)

    for number in range(1, len(rows)):
        sort_row(number, links.above)
    best = (cost.total(), [list(r) for r in rows])
    for _ in range(SWEEPS):
        for number in range(len(rows) - 2, -1, -1):
            sort_row(number, links.below)
        for number in range(1, len(rows)):
            sort_row(number, links.above)
        current = cost.total()
        if current < best[0]:
            best = (current, [list(r) for r in rows])
        if current[0] == 0:
            break
    structure.blocks = best[1]
    cost.position = _positions(structure.blocks)
    _join_couples(graph, structure, links, cost)
    _swap_neighbours(structure, cost)
    _untangle_half_siblings(structure, cost)
    cost = _duplicate_partners(graph, structure)
    structure.crossings = cost.total()[1]


def _set_units(block: Block, units: list[list[str]]) -> None:
    """Give `block` its units in a new order (the unit lists themselves may be reversed)."""
    children = set(block.children)
    block.units[:] = units
    block.items[:] = [item for unit in units for item in unit]
    block.children[:] = [item for item in block.items if item in children]


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
    _set_units(block, units)


def _join_couples(graph: FamilyGraph, structure: Structure, links: _Links, cost: _Cost) -> None:
    """Put couples from two drawn families side by side, row by row from the top: a block
    moves next to the spouse's block and the spouse's unit moves to the end of its sibship
    that faces it. A move is kept only if the whole cost (crossings, couples apart, siblings
    out of birth order) falls, after the rows below have been sorted again."""
    rows = structure.blocks
    twins = {person_item(p) for t in graph.twin_sets for p in t}
    owner = {item: block for row in rows for block in row for item in block.items}

    def snapshot(number: int) -> _Snapshot:
        orders = [list(row) for row in rows]
        blocks = [(b, list(b.units), [list(u) for u in b.units]) for b in rows[number]]
        return orders, blocks

    def restore(number: int, saved: _Snapshot) -> None:
        orders, blocks = saved
        for n, order in enumerate(orders):
            rows[n] = list(order)
        for block, units, contents in blocks:
            for unit, content in zip(units, contents, strict=True):
                unit[:] = content
            _set_units(block, units)
        for n in range(len(rows)):
            cost.refresh(n)

    def settle(number: int, up: bool = False) -> int:
        cost.refresh(number)
        for n in range(number - 1, -1, -1) if up else ():
            _sort_row(structure, links, cost, n, links.below)
        for n in range(number + 1, len(rows)):
            _sort_row(structure, links, cost, n, links.above)
        return cost.total()[0]

    def chains(number: int) -> list[list[Block]]:
        """Blocks of row `number` joined by couples, each in a path order: start from an end
        (a block with one spouse block), then always the most strongly joined next block."""
        joined = nx.Graph()
        for a, b in cost.pairs.get(number, []):
            x, y = id(owner[a]), id(owner[b])
            weight = joined.edges[x, y]["weight"] + 1 if joined.has_edge(x, y) else 1
            joined.add_edge(x, y, weight=weight)
        by_id = {id(block): block for block in rows[number]}
        index = {id(block): i for i, block in enumerate(rows[number])}
        result = []
        for component in sorted(
            nx.connected_components(joined), key=lambda c: min(index[i] for i in c)
        ):
            nodes = sorted(component, key=lambda i: (joined.degree(i), index[i]))
            path = [nodes[0]]
            while len(path) < len(nodes):
                last = path[-1]
                nearby = [n for n in joined.neighbors(last) if n not in path]
                if not nearby:  # a branch ended: go on from the first block not yet placed
                    nearby = [n for n in nodes if n not in path][:1]
                path.append(
                    max(
                        nearby,
                        key=lambda n: (
                            joined.edges[last, n]["weight"] if joined.has_edge(last, n) else 0,
                            -index[n],
                        ),
                    )
                )
            result.append([by_id[i] for i in path])
        return result

    def lay_chain(number: int, chain: list[Block]) -> None:
        members = {id(block) for block in chain}
        order = list(rows[number])
        place = min(i for i, block in enumerate(order) if id(block) in members)
        rest = [block for block in order if id(block) not in members]
        before = sum(1 for block in order[:place] if id(block) not in members)
        rows[number] = rest[:before] + chain + rest[before:]
        where = {id(block): i for i, block in enumerate(chain)}
        for a, b in cost.pairs.get(number, []):
            for mine, other in ((a, b), (b, a)):
                i, j = where.get(id(owner[mine])), where.get(id(owner[other]))
                if i is not None and j is not None and abs(i - j) == 1:
                    _face(owner[mine], mine, j > i, twins)

    for number in range(len(rows)):
        for chain in chains(number):
            if len(chain) < 2:
                continue
            current = cost.total()[0]
            start = snapshot(number)
            scores: list[tuple[int, int, list[Block], bool]] = []
            for turn in (chain, chain[::-1]):
                for up in (False, True):
                    lay_chain(number, turn)
                    scores.append((settle(number, up), len(scores), turn, up))
                    restore(number, start)
            score, _, turn, up = min(scores, key=lambda k: k[:2])
            if score < current:
                lay_chain(number, turn)
                settle(number, up)
        for _ in range(SWAP_PASSES):
            improved = False
            for a, b in cost.pairs.get(number, []):
                current = cost.total()[0]
                start = snapshot(number)
                best: tuple[int, int] | None = None
                for choice in range(4):
                    first, second = (a, b) if choice < 2 else (b, a)
                    mover, stay = owner[second], owner[first]
                    right = choice % 2 == 0  # the mover goes to the right of the other block
                    order = [blk for blk in rows[number] if blk is not mover]
                    place = next(i for i, blk in enumerate(order) if blk is stay)
                    order.insert(place + 1 if right else place, mover)
                    rows[number] = order
                    _face(stay, first, right, twins)
                    _face(mover, second, not right, twins)
                    score = settle(number)
                    if best is None or score < best[0]:
                        best = (score, choice)
                    restore(number, start)
                if best is None or best[0] >= current:
                    continue
                choice = best[1]
                first, second = (a, b) if choice < 2 else (b, a)
                mover, stay = owner[second], owner[first]
                right = choice % 2 == 0
                order = [blk for blk in rows[number] if blk is not mover]
                place = next(i for i, blk in enumerate(order) if blk is stay)
                order.insert(place + 1 if right else place, mover)
                rows[number] = order
                _face(stay, first, right, twins)
                _face(mover, second, not right, twins)
                settle(number)
                improved = True
            if not improved:
                break


def _apart(row: list[str], a: str, b: str) -> bool:
    """Is anyone drawn between `a` and `b`? (Slots and placeholders do not count.)"""
    i, j = sorted((row.index(a), row.index(b)))
    return any(item.startswith(("p:", "c:")) for item in row[i + 1 : j])


def _free_ends(block: Block, item: str, twins: dict[str, int]) -> list[int]:
    """The ends of `item`'s unit that `item` is at (0 left, 1 right), leaving out an end that
    faces a twin of theirs, who must stay beside them."""
    unit = next(u for u in block.units if item in u)
    start = block.items.index(unit[0])
    ends = []
    for side, (end, beyond) in enumerate(((unit[0], start - 1), (unit[-1], start + len(unit)))):
        if end != item:
            continue
        neighbour = block.items[beyond] if 0 <= beyond < len(block.items) else None
        if neighbour is not None and twins.get(neighbour, -1) == twins.get(item, -2):
            continue
        ends.append(side)
    return ends


class _Saved:
    """The order of every row and the units of one row, to try a change and take it back."""

    def __init__(self, rows: list[list[Block]], number: int) -> None:
        self.rows = [list(row) for row in rows]
        self.units = [(block, [list(u) for u in block.units]) for block in rows[number]]

    def restore(self, rows: list[list[Block]]) -> None:
        rows[:] = [list(row) for row in self.rows]
        for block, contents in self.units:
            for unit, content in zip(block.units, contents, strict=True):
                unit[:] = content
            _set_units(block, block.units)


def _duplicate_partners(graph: FamilyGraph, structure: Structure) -> _Cost:
    """Draw a partner a second time beside the other wherever the ordering left a couple
    from two units apart (kinship2's way; only then, so the copies are few). Partners within
    one unit keep the genogram convention: in date order, the far one joined by a bracket.

    Each partner may be copied to a free end of the other's unit; each choice is scored by
    the ordering's cost with the rows below kept as they are or sorted again, and the lowest
    kept (on a tie the partner further from the subject child is copied, and on the left).
    Returns the cost of the final order."""
    rows = structure.blocks
    priority = _priority(graph)
    twins = {person_item(p): i for i, t in enumerate(graph.twin_sets) for p in t}

    def apply(uid: str, pid: str, other: str, side: int, resort: bool) -> _Cost:
        block = next(b for b in rows[structure.union_row[uid]] if other in b.items)
        unit = next(u for u in block.units if other in u)
        copy = copy_item(pid, uid)
        unit.insert(0 if side == 0 else len(unit), copy)
        _set_units(block, block.units)
        structure.copies[copy] = pid
        structure.union_items[uid] = (copy, other)
        links = _neighbours(graph, structure)
        cost = _Cost(graph, structure, links)
        if resort:
            for n in range(structure.union_row[uid] + 1, len(rows)):
                _sort_row(structure, links, cost, n, links.above)
        _untangle_half_siblings(structure, cost)
        cost.position = _positions(rows)
        return cost

    cost = _Cost(graph, structure, _neighbours(graph, structure))
    for union in sorted(graph.unions.values(), key=graph.union_key):
        uid = union.union_id
        if structure.union_kind[uid] != "same":
            continue
        number = structure.union_row[uid]
        a, b = _anchor_items(structure, ("union", uid), graph)
        if not _apart([i for block in rows[number] for i in block.items], a, b):
            continue
        if any(a in unit and b in unit for block in rows[number] for unit in block.units):
            continue  # several partners of one person in date order: the usual bracket
        saved = _Saved(rows, number)
        options: list[tuple[int, int, str, str, int, bool]] = []
        for pid in sorted(union.partners, key=priority, reverse=True):
            other = person_item(next(p for p in union.partners if p != pid))
            block = next(blk for blk in rows[number] if other in blk.items)
            for side in _free_ends(block, other, twins):
                for resort in (False, True):
                    score = apply(uid, pid, other, side, resort).total_from(number)
                    options.append((score, len(options), pid, other, side, resort))
                    saved.restore(rows)
                    for partner in union.partners:
                        structure.copies.pop(copy_item(partner, uid), None)
                    structure.union_items.pop(uid, None)
        if options:
            _, _, pid, other, side, resort = min(options)
            cost = apply(uid, pid, other, side, resort)
    return cost


def _mean(values: Iterable[float]) -> float:
    found = list(values)
    return sum(found) / len(found)


def _untangle_half_siblings(structure: Structure, cost: _Cost) -> None:
    """Sibships hanging from unions that share a parent (or a partner unit) keep the order of
    their unions, whatever the other pulls: a mother's children by each partner under the
    right union."""
    unit_of: dict[str, int] = {}
    for row in structure.blocks:
        for block in row:
            for unit in block.units:
                for item in unit:
                    unit_of[item] = id(unit)
    position = _positions(structure.blocks)
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
        position.update(_row_positions(row))


def _swap_neighbours(structure: Structure, cost: _Cost) -> None:
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


def _index(structure: Structure) -> None:
    unit_number = 0
    for block_number, block in enumerate(b for row in structure.blocks for b in row):
        for unit in block.units:
            for item in unit:
                structure.unit_of[item] = unit_number
                structure.block_of[item] = block_number
            unit_number += 1
    structure.rows = [[i for block in row for i in block.items] for row in structure.blocks]


def union_anchor_items(structure: Structure, union: Union, graph: FamilyGraph) -> list[str]:
    return _anchor_items(structure, ("union", union.union_id), graph)
