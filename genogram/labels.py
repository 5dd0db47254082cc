"""The words under each symbol, decided before layout because their width sets the spacing.

Full genograms show the name, the role and the dates (UK format); anonymised ones show only
the pseudonym, so nothing in the label can identify anyone. Ages go inside the symbol.
"""

from __future__ import annotations

from dataclasses import dataclass

from chronology.dates import format_uk
from genogram.model import FamilyGraph
from genogram.style import Style
from genogram.textsize import text_width

MAX_LINE_WIDTH = 172.0


@dataclass(frozen=True)
class Label:
    lines: tuple[str, ...]
    bold: int = 1  # how many of the first lines are the name (set in bold)

    def size(self, style: Style) -> tuple[float, float]:
        font = float(style.get("font", "label_size"))
        widths = [text_width(t, font, bold=i < self.bold) for i, t in enumerate(self.lines)]
        return max(widths, default=0.0), len(self.lines) * float(style.get("font", "label_line"))


def person_labels(
    graph: FamilyGraph, pseudonyms: dict[str, str], anonymise: bool, style: Style
) -> dict[str, Label]:
    """Person id -> label for everyone in `graph`."""
    font = float(style.get("font", "label_size"))
    result = {}
    for pid, person in graph.people.items():
        if anonymise:
            lines = _wrap(pseudonyms[pid], font, bold=True)
            bold = len(lines)
        else:
            lines = _wrap(person.name or "(name not known)", font, bold=True)
            bold = len(lines)
            if person.role:
                lines += _wrap(person.role[0].upper() + person.role[1:], font, bold=False)
            dates = _dates(graph, pid)
            if dates:
                lines.append(dates)
        result[pid] = Label(tuple(lines), bold)
    return result


def _dates(graph: FamilyGraph, pid: str) -> str:
    person = graph.people[pid]
    born = format_uk(person.birth) if person.birth is not None else ""
    died = format_uk(person.death) if person.death is not None and graph.is_deceased(pid) else ""
    if died:
        return f"{born or '?'} – {died}"
    if graph.is_deceased(pid):
        return f"{born} – date of death not known" if born else "died, date not known"
    return f"b. {born}" if born else ""


def _wrap(text: str, size: float, bold: bool) -> list[str]:
    """Greedy word wrap to MAX_LINE_WIDTH; a single long word stays whole."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and text_width(candidate, size, bold) > MAX_LINE_WIDTH:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        if lines and len(current) <= 3:  # no lone "1" on a line of its own
            lines[-1] = f"{lines[-1]} {current}"
        else:
            lines.append(current)
    return lines or [""]
