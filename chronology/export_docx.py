"""The integrated chronology as a Word table for a report's appendix, agency colours kept.

Rows are built as table XML text and parsed once (python-docx's per-cell API re-reads the
whole grid for every cell, which is quadratic on long tables); document properties are emptied.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from chronology.colours import agency_colours
from chronology.export_tables import uk_date
from chronology.integrate import IntegratedEvent, Integration

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML
COLUMNS = (("Date", 2.2), ("Time", 1.3), ("Agency", 3.5), ("Event", 11.0), ("Key event", 4.5))


def _cell_xml(text: str, fill: str, width_cm: float, bold: bool = False) -> str:
    """One table cell as WordprocessingML; text is escaped, each line its own paragraph."""
    run_props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    paragraphs = "".join(
        f'<w:p><w:r>{run_props}<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for line in (_CONTROL.sub("", text or "").split("\n") or [""])
    )
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{int(width_cm * 567)}" w:type="dxa"/>'
        f'<w:shd w:val="clear" w:color="auto" w:fill="{fill.lstrip("#")}"/></w:tcPr>'
        f"{paragraphs}</w:tc>"
    )


def _event_cell(event: IntegratedEvent) -> str:
    """The entry, then its outcome, significance and references on lines of their own."""
    lines = [event.event_text]
    for label, value in (
        ("Outcome", event.outcome),
        ("Significance", event.significance),
        ("Ref", event.references),
    ):
        if value and value != event.event_text:
            lines.append(f"{label}: {value}")
    return "\n".join(lines)


def write_integrated_docx(
    integration: Integration, path: Path, title: str = "Integrated chronology"
) -> None:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(9)
    document.add_heading(title, level=1)
    colours = agency_colours(a for e in integration.events for a in e.agencies)
    document.add_paragraph(
        "Each row is one occurrence; a row recorded by several agencies is marked "
        "'Multi-agency' and shaded in its first agency's colour. Agencies: "
        + "; ".join(colours)
        + "."
    )
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    header = table.rows[0]._tr
    for cell in list(header.iterchildren(qn("w:tc"))):
        header.remove(cell)
    rows = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>"]
    rows += [_cell_xml(name, "#DDDDDD", width, bold=True) for name, width in COLUMNS]
    rows.append("</w:tr>")
    for event in integration.events:
        fill = colours[event.agencies[0]]
        agencies = "; ".join(event.agencies)
        if event.is_multi_agency:
            agencies = f"Multi-agency: {agencies}"
        key = event.classification
        values = (
            uk_date(event),
            event.time.strftime("%H:%M") if isinstance(event.time, dt.time) else "",
            agencies,
            _event_cell(event),
            key.category.replace("_", " ") if key.is_key_event else "",
        )
        rows.append("<w:tr>")
        rows += [
            _cell_xml(value, fill, width, bold=key.is_key_event and width > 4)
            for (_, width), value in zip(COLUMNS, values, strict=True)
        ]
        rows.append("</w:tr>")
    # Built as text and parsed once: python-docx's per-cell API re-reads the whole grid.
    parsed = parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(rows)}</w:tbl>")
    body = table._tbl
    body.remove(header)
    for row in list(parsed.iterchildren(qn("w:tr"))):
        body.append(row)
    properties = document.core_properties
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.title = title
    document.save(str(path))
