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

The stages live in their own modules: `genogram.blocks` (items, units, blocks, the
`Structure`), `genogram.units` (partner units and sibships), `genogram.crossings` (the cost and
the sweeps), `genogram.couples` (spouses side by side), `genogram.partner_copies` (a partner
drawn twice). This module runs them in order.
"""

from __future__ import annotations

from genogram.blocks import (
    Block,
    Structure,
    anchor_of,
    copy_item,
    item_person,
    person_item,
    person_of,
    union_anchor_items,
)
from genogram.couples import join_couples
from genogram.crossings import Cost, neighbours, swap_neighbours, sweep_rows, untangle_half_siblings
from genogram.model import FamilyGraph
from genogram.partner_copies import duplicate_partners
from genogram.units import classify_unions, partner_units, row_blocks, subject_priority

__all__ = [
    "Block",
    "Structure",
    "anchor_of",
    "build_structure",
    "copy_item",
    "item_person",
    "person_item",
    "person_of",
    "union_anchor_items",
]


def build_structure(graph: FamilyGraph, generation: dict[str, int]) -> Structure:
    """Units, blocks and rows in their final left-to-right order."""
    priority = subject_priority(graph)
    kinds, union_row, slot_owner = classify_unions(graph, generation)
    units = partner_units(graph, generation, kinds, slot_owner, priority)
    rows, sibships = row_blocks(graph, generation, union_row, units, priority)
    structure = Structure(
        generation=generation,
        rows=[],
        blocks=rows,
        union_row=union_row,
        union_kind=kinds,
        slot_owner=slot_owner,
        unit_of={},
        block_of={},
        sibships=sibships,
    )
    _reduce_crossings(graph, structure)
    _index(structure)
    return structure


def _reduce_crossings(graph: FamilyGraph, structure: Structure) -> None:
    """The ordering's passes, each on the order the one before left: sweeps, couples side by
    side, neighbour swaps, half-sibships untangled, partners drawn twice where still apart."""
    links = neighbours(graph, structure)
    cost = Cost(graph, structure, links)
    sweep_rows(structure, links, cost)
    join_couples(graph, structure, links, cost)
    swap_neighbours(structure, cost)
    untangle_half_siblings(structure, cost)
    cost = duplicate_partners(graph, structure)
    structure.crossings = cost.total()[1]


def _index(structure: Structure) -> None:
    """Number the units and blocks (the coordinate stage sets the gap between neighbours by
    whether they share a unit or a block) and flatten each row into its items."""
    unit_number = 0
    for block_number, block in enumerate(b for row in structure.blocks for b in row):
        for unit in block.units:
            for item in unit:
                structure.unit_of[item] = unit_number
                structure.block_of[item] = block_number
            unit_number += 1
    structure.rows = [[i for block in row for i in block.items] for row in structure.blocks]
