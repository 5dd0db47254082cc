"""Items, units and blocks: what the row ordering moves, and the `Structure` it hands to the
coordinate stage (`genogram.layout`). The terms are explained in `genogram.ordering`.

Item ids: `p:<person id>`, `s:<union id>` (slot), `d:<union id>:<child row>:<row>` (dummy),
`c:<person id>:<union id>` (a person drawn a second time, for that union).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from genogram.model import FamilyGraph, Union


@dataclass
class Block:
    """A sibship (hanging from its anchor) or a unit with no parents drawn: the ordering moves
    whole blocks, so siblings stay together."""

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


def anchor_items(structure: Structure, anchor: tuple[str, str], graph: FamilyGraph) -> list[str]:
    """The items a block hangs from: a placeholder, both partners (or one and the other's
    copy), or the slot of a single parent or of a union across generations."""
    kind, name = anchor
    if kind == "item":
        return [name]
    if structure.union_kind[name] == "same":
        drawn = structure.union_items.get(name)
        return list(drawn) if drawn else [person_item(p) for p in graph.unions[name].partners]
    return [f"s:{name}"]


def union_anchor_items(structure: Structure, union: Union, graph: FamilyGraph) -> list[str]:
    return anchor_items(structure, ("union", union.union_id), graph)


def set_units(block: Block, units: list[list[str]]) -> None:
    """Give `block` its units in a new order (the unit lists themselves may be reversed)."""
    children = set(block.children)
    block.units[:] = units
    block.items[:] = [item for unit in units for item in unit]
    block.children[:] = [item for item in block.items if item in children]


def row_positions(row: list[Block]) -> dict[str, float]:
    """Each item's place in its row, from 0 to 1, so rows of any length compare."""
    items = [item for block in row for item in block.items]
    return {item: (index + 0.5) / len(items) for index, item in enumerate(items)}


def positions(rows: list[list[Block]]) -> dict[str, float]:
    result: dict[str, float] = {}
    for row in rows:
        result.update(row_positions(row))
    return result


class RowsSaved:
    """The order of every row and the units of one row (their order and contents), to try a
    change and take it back."""

    def __init__(self, rows: list[list[Block]], number: int) -> None:
        self.rows = [list(row) for row in rows]
        self.units = [
            (block, list(block.units), [list(u) for u in block.units]) for block in rows[number]
        ]

    def restore(self, rows: list[list[Block]]) -> None:
        rows[:] = [list(row) for row in self.rows]
        for block, units, contents in self.units:
            for unit, content in zip(units, contents, strict=True):
                unit[:] = content
            set_units(block, units)
