"""A partner drawn a second time, beside the other, where no order of the row puts a couple
from two drawn families side by side (two brothers marrying two sisters): the standard way of
kinship2 (Therneau and Sinnwell) and of printed pedigrees. The copy takes a free end of the
other partner's unit and the couple's children hang from the copy's union."""

from __future__ import annotations

from genogram.blocks import (
    Block,
    RowsSaved,
    Structure,
    anchor_items,
    copy_item,
    person_item,
    positions,
    set_units,
)
from genogram.crossings import Cost, neighbours, sort_row, untangle_half_siblings
from genogram.model import FamilyGraph
from genogram.units import subject_priority


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


def duplicate_partners(graph: FamilyGraph, structure: Structure) -> Cost:
    """Draw a partner a second time beside the other wherever the ordering left a couple
    from two units apart (kinship2's way; only then, so the copies are few). Partners within
    one unit keep the genogram convention: in date order, the far one joined by a bracket.

    Each partner may be copied to a free end of the other's unit; each choice is scored by
    the ordering's cost with the rows below kept as they are or sorted again, and the lowest
    kept (on a tie the partner further from the subject child is copied, and on the left).
    Returns the cost of the final order."""
    rows = structure.blocks
    priority = subject_priority(graph)
    twins = {person_item(p): i for i, t in enumerate(graph.twin_sets) for p in t}

    def apply(uid: str, pid: str, other: str, side: int, resort: bool) -> Cost:
        block = next(b for b in rows[structure.union_row[uid]] if other in b.items)
        unit = next(u for u in block.units if other in u)
        copy = copy_item(pid, uid)
        unit.insert(0 if side == 0 else len(unit), copy)
        set_units(block, block.units)
        structure.copies[copy] = pid
        structure.union_items[uid] = (copy, other)
        links = neighbours(graph, structure)
        cost = Cost(graph, structure, links)
        if resort:
            for n in range(structure.union_row[uid] + 1, len(rows)):
                sort_row(structure, links, cost, n, links.above)
        untangle_half_siblings(structure, cost)
        cost.position = positions(rows)
        return cost

    cost = Cost(graph, structure, neighbours(graph, structure))
    for union in sorted(graph.unions.values(), key=graph.union_key):
        uid = union.union_id
        if structure.union_kind[uid] != "same":
            continue
        number = structure.union_row[uid]
        a, b = anchor_items(structure, ("union", uid), graph)
        if not _apart([i for block in rows[number] for i in block.items], a, b):
            continue
        if any(a in unit and b in unit for block in rows[number] for unit in block.units):
            continue  # several partners of one person in date order: the usual bracket
        saved = RowsSaved(rows, number)
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
