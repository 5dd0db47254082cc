"""GEDCOM 7.0 export, so the family can be opened in genealogy tools.

GEDCOM holds people (INDI), couples with their children (FAM), births, deaths, marriages,
engagements, divorces, and how a child belongs to a family (PEDI BIRTH, ADOPTED, FOSTER).
It has no place for what makes a genogram a genogram: emotional and abuse lines, households,
step-parents (implied by the couple only), twins (only a shared birth date) and the dates of
cohabitation or separation, which are written as generic events (EVEN with a TYPE).
Anonymised exports use pseudonyms for names and leave out every date.
"""

from __future__ import annotations

from chronology.dates import ParsedDate
from genogram.build import Genogram
from genogram.family import Person, Relationship
from genogram.model import Union

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
PEDIGREE = {"birth": "BIRTH", "adoptive": "ADOPTED", "foster": "FOSTER"}
EVENTS = {"married": "MARR", "engaged": "ENGA", "divorced": "DIV"}
OTHER_EVENTS = {"cohabiting": "Cohabiting", "partners": "Partners", "separated": "Separated"}


def gedcom_date(value: ParsedDate) -> str:
    """A GEDCOM date at the precision known: `3 NOV 2014`, `NOV 2016` or `1961`."""
    precision, date = value.precision, value.value
    if precision == "year":
        return str(date.year)
    if precision == "month":
        return f"{MONTHS[date.month - 1]} {date.year}"
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def _text(value: str) -> str:
    """A line payload: one line, and a leading @ doubled as the standard asks."""
    value = " ".join(value.split())
    return "@" + value if value.startswith("@") else value


def _name(person: Person) -> str:
    return _personal_name(person.name or "Unknown")


def _personal_name(name: str) -> str:
    """GEDCOM's personal name: the last word taken as the surname, between slashes, so tools
    that sort and search by surname find the person under every name (`Jo /Smith/`); a single
    word (a nickname) has no surname to mark."""
    parts = name.split()
    if len(parts) < 2:
        return _text(name)
    return _text(f"{' '.join(parts[:-1])} /{parts[-1]}/")


def to_gedcom(genogram: Genogram) -> str:
    """The genogram's people and couples as a GEDCOM 7.0 document."""
    graph = genogram.graph
    anonymise = genogram.anonymise
    order = sorted(
        genogram.layout.people,
        key=lambda p: (genogram.layout.people[p].generation, genogram.layout.people[p].x),
    )
    indi = {pid: f"@INDI{n}@" for n, pid in enumerate(order, start=1)}
    unions = sorted(graph.unions.values(), key=graph.union_key)
    fam = {u.union_id: f"@FAM{n}@" for n, u in enumerate(unions, start=1)}
    lines = ["0 HEAD", "1 GEDC", "2 VERS 7.0", "1 SOUR CSPR", "2 NAME cspr genogram"]
    for pid in order:
        person = graph.people[pid]
        lines.append(f"0 {indi[pid]} INDI")
        if anonymise:
            lines.append(f"1 NAME {_text(genogram.pseudonyms[pid])}")
        else:
            lines.append(f"1 NAME {_name(person)}")
            for alias in person.aliases:
                lines += [f"1 NAME {_personal_name(alias)}", "2 TYPE AKA"]
        lines.append(f"1 SEX {person.sex}")
        if person.birth is not None and not anonymise:
            lines += ["1 BIRT", f"2 DATE {gedcom_date(person.birth)}"]
        if graph.is_deceased(pid):
            if person.death is not None and not anonymise:
                lines += ["1 DEAT", f"2 DATE {gedcom_date(person.death)}"]
            else:
                lines.append("1 DEAT Y")
        for union in unions:
            for child, kind in union.children:
                if child == pid:
                    lines += [f"1 FAMC {fam[union.union_id]}", f"2 PEDI {PEDIGREE[kind]}"]
        for union in graph.unions_of(pid):
            lines.append(f"1 FAMS {fam[union.union_id]}")
    for union in unions:
        lines += _family(union, fam[union.union_id], indi, graph.people, anonymise)
    lines.append("0 TRLR")
    return "\n".join(lines) + "\n"


def _family(
    union: Union, xref: str, indi: dict[str, str], people: dict[str, Person], anonymise: bool
) -> list[str]:
    lines = [f"0 {xref} FAM"]
    partners = sorted(union.partners, key=lambda p: {"M": 0, "U": 1, "F": 2}[people[p].sex])
    for tag, pid in zip(("HUSB", "WIFE"), partners, strict=False):
        lines.append(f"1 {tag} {indi[pid]}")
    for child, _ in union.children:
        lines.append(f"1 CHIL {indi[child]}")
    for row in union.periods:
        lines += _event(row, anonymise)
    return lines


def _event(row: Relationship, anonymise: bool) -> list[str]:
    if row.type in EVENTS:
        tag = EVENTS[row.type]
        if row.start is None or anonymise:
            return [f"1 {tag} Y"]
        return [f"1 {tag}", f"2 DATE {gedcom_date(row.start)}"]
    lines = [f"1 EVEN {OTHER_EVENTS[row.type]}", f"2 TYPE {OTHER_EVENTS[row.type]}"]
    if not anonymise and row.start is not None:
        end = f" TO {gedcom_date(row.end)}" if row.end is not None else ""
        lines.append(f"2 DATE FROM {gedcom_date(row.start)}{end}")
    return lines
