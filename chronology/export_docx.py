"""The integrated chronology as a Word table for a report's appendix, agency colours kept.

The same chronology as the workbook: Date, Time, Age, Agency, Event (with its outcome,
significance and references on lines of their own), Key event and Sources. A4 landscape, the
header row repeated on every page, the protective marking at the top and bottom of every page
and "Page X of Y". Column widths are written in the table grid (`w:tblGrid`, which LibreOffice
follows) as well as on every cell, in proportion to what each column holds.

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
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from chronology.colours import agency_colours
from chronology.export_tables import category_names, protective_marking, uk_date
from chronology.integrate import IntegratedEvent, Integration

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML
PAGE_CM = (29.7, 21.0)  # A4 landscape
MARGIN_CM = 1.5
# Widths in cm; they add up to the A4 landscape page between the margins (26.7 cm).
COLUMNS = (
    ("Date", 2.1),
    ("Time", 1.2),
    ("Age", 1.6),
    ("Agency", 3.0),
    ("Event", 12.4),
    ("Key event", 3.0),
    ("Sources", 3.4),
)
TWIPS_PER_CM = 567


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


def _grid_xml() -> str:
    cols = "".join(f'<w:gridCol w:w="{int(w * TWIPS_PER_CM)}"/>' for _, w in COLUMNS)
    return f"<w:tblGrid {nsdecls('w')}>{cols}</w:tblGrid>"


def _page_number_paragraph(marking: str, title: str) -> str:
    """Footer: the title, "Page X of Y" (fields Word and LibreOffice fill in), the marking."""

    def run(text: str, bold: bool = False) -> str:
        props = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    def field(code: str) -> str:
        return f'<w:fldSimple w:instr=" {code} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'

    parts = [run(f"{title}    Page "), field("PAGE"), run(" of "), field("NUMPAGES")]
    if marking:
        parts += [run("    "), run(marking, bold=True)]
    return f'<w:p {nsdecls("w")}><w:pPr><w:jc w:val="center"/></w:pPr>{"".join(parts)}</w:p>'


def write_integrated_docx(
    integration: Integration,
    path: Path,
    title: str = "Integrated chronology",
    marking: str | None = None,
) -> None:
    """`marking` defaults to `CSPR_MARKING`, else OFFICIAL-SENSITIVE; empty prints none."""
    marking = protective_marking(marking)
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(PAGE_CM[0]), Cm(PAGE_CM[1])
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(MARGIN_CM))
    section.header_distance = section.footer_distance = Cm(0.7)
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(9)
    if marking:
        heading = section.header.paragraphs[0]
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        heading.add_run(marking).bold = True
    footer = section.footer
    footer_p = footer.paragraphs[0]._p
    footer_p.addnext(parse_xml(_page_number_paragraph(marking, title)))
    footer_p.getparent().remove(footer_p)
    document.add_heading(title, level=1)
    colours = agency_colours(a for e in integration.events for a in e.agencies)
    document.add_paragraph(
        "Each row is one occurrence; a row recorded by several agencies is marked "
        "'Multi-agency' and shaded in its first agency's colour. Agencies: "
        + "; ".join(colours)
        + ". Dates shown as mm/yyyy or yyyy are known only to the month or year."
    )
    table = document.add_table(rows=1, cols=len(COLUMNS))
    table.style = "Table Grid"
    tbl = table._tbl
    # Fixed layout at the page's width, the grid in proportion to the columns' contents.
    properties = tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout"):
        for old in properties.findall(qn(tag)):
            properties.remove(old)
    total = int(sum(w for _, w in COLUMNS) * TWIPS_PER_CM)
    properties.append(parse_xml(f'<w:tblW {nsdecls("w")} w:w="{total}" w:type="dxa"/>'))
    properties.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
    grid = tbl.find(qn("w:tblGrid"))
    grid.addnext(parse_xml(_grid_xml()))
    tbl.remove(grid)
    header = table.rows[0]._tr
    rows = ["<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"]
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
            event.age,
            agencies,
            _event_cell(event),
            category_names(key.categories) if key.is_key_event else "",
            "\n".join(s.source.describe() for s in event.sources),
        )
        rows.append("<w:tr>")
        rows += [
            _cell_xml(value, fill, width, bold=key.is_key_event and name == "Key event")
            for (name, width), value in zip(COLUMNS, values, strict=True)
        ]
        rows.append("</w:tr>")
    # Built as text and parsed once: python-docx's per-cell API re-reads the whole grid.
    parsed = parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(rows)}</w:tbl>")
    tbl.remove(header)
    for row in list(parsed.iterchildren(qn("w:tr"))):
        tbl.append(row)
    properties = document.core_properties
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.title = title
    document.save(str(path))
