"""The integrated chronology as a Word table for a report's appendix, agency colours kept.

Rows are built as table XML directly (python-docx's per-cell API re-reads the whole grid for
every cell, which is quadratic on long tables); document properties are left empty.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from chronology.colours import agency_colours
from chronology.export_tables import uk_date
from chronology.integrate import Integration

COLUMNS = (("Date", 2.2), ("Time", 1.3), ("Agency", 3.5), ("Event", 11.0), ("Key event", 4.5))


def _cell(text: str, fill: str | None, width_cm: float, bold: bool = False) -> OxmlElement:
    cell = OxmlElement("w:tc")
    props = OxmlElement("w:tcPr")
    width = OxmlElement("w:tcW")
    width.set(qn("w:w"), str(int(width_cm * 567)))
    width.set(qn("w:type"), "dxa")
    props.append(width)
    if fill:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), fill.lstrip("#"))
        props.append(shading)
    cell.append(props)
    for line in (text or "").split("\n") or [""]:
        paragraph = OxmlElement("w:p")
        run = OxmlElement("w:r")
        if bold:
            run_props = OxmlElement("w:rPr")
            run_props.append(OxmlElement("w:b"))
            run.append(run_props)
        text_element = OxmlElement("w:t")
        text_element.set(qn("xml:space"), "preserve")
        text_element.text = line
        run.append(text_element)
        paragraph.append(run)
        cell.append(paragraph)
    return cell


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
    for name, width in COLUMNS:
        header.append(_cell(name, "#DDDDDD", width, bold=True))
    header_props = header.get_or_add_trPr()
    header_props.append(OxmlElement("w:tblHeader"))
    body = table._tbl
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
            event.event_text,
            key.category.replace("_", " ") if key.is_key_event else "",
        )
        row = OxmlElement("w:tr")
        for (_, width), value in zip(COLUMNS, values, strict=True):
            row.append(_cell(value, fill, width, bold=key.is_key_event and width > 4))
        body.append(row)
    properties = document.core_properties
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.title = title
    document.save(str(path))
