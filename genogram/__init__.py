"""Genograms for Child Safeguarding Practice Reviews.

Read a family workbook, model it as a graph of people and unions, lay it out by generation and
draw it with the standard symbols, full or anonymised, as SVG, PNG, PDF, JSON, GEDCOM 7 or a
plotly figure. See genogram/README.md.
"""

from __future__ import annotations

from genogram.build import Genogram, build_genogram
from genogram.export import FORMATS, render, to_json, write_genogram
from genogram.family import Family, Person, Relationship, read_family, validate_family
from genogram.layout import Layout, layout_family
from genogram.model import FamilyGraph, Stay, Union, UnionStatus, family_at
from genogram.pseudonyms import assign_pseudonyms, pseudonymous_ids
from genogram.template import write_template

__all__ = [
    "FORMATS",
    "Family",
    "FamilyGraph",
    "Genogram",
    "Layout",
    "Person",
    "Relationship",
    "Stay",
    "Union",
    "UnionStatus",
    "assign_pseudonyms",
    "build_genogram",
    "family_at",
    "layout_family",
    "pseudonymous_ids",
    "read_family",
    "render",
    "to_json",
    "validate_family",
    "write_genogram",
    "write_template",
]
