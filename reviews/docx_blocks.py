"""A letter or pack as a list of plain blocks (headings, paragraphs, tables, an image), written
to DOCX with python-docx.

The documents are built as blocks first so that every text can be anonymised in one place
before anything is written, and so the writer alone knows Word's quirks: A4 paper (python-docx's
default template is US Letter, which LibreOffice keeps), and table column widths set in the
table grid as well as the cells (LibreOffice follows `w:tblGrid`, Word the cells).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # centimetres; default: equal shares of the page


@dataclass(frozen=True)
class Image:
    png: bytes
    caption: str
    width_cm: float = 16.0


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Para | Table | Image | PageBreak


@dataclass
class Document:
    title: str
    blocks: list[Block] = field(default_factory=list)

    def texts(self) -> list[str]:
        """Every text a reader sees, for the anonymiser to learn from."""
        found = [self.title]
        for block in self.blocks:
            if isinstance(block, Heading | Para):
                found.append(block.text)
            elif isinstance(block, Table):
                found += [*block.header, *(cell for row in block.rows for cell in row)]
            elif isinstance(block, Image):
                found.append(block.caption)
        return found

    def mapped(self, change: Callable[[str], str]) -> Document:
        """A copy with every text passed through `change` (the anonymiser)."""
        blocks: list[Block] = []
        for block in self.blocks:
            if isinstance(block, Heading | Para):
                blocks.append(replace(block, text=change(block.text)))
            elif isinstance(block, Table):
                blocks.append(
                    replace(
                        block,
                        header=tuple(change(h) for h in block.header),
                        rows=tuple(tuple(change(c) for c in row) for row in block.rows),
                    )
                )
            elif isinstance(block, Image):
                blocks.append(replace(block, caption=change(block.caption)))
            else:
                blocks.append(block)
        return Document(change(self.title), blocks)


PAGE_WIDTH_CM, PAGE_HEIGHT_CM, MARGIN_CM = 21.0, 29.7, 2.0


def write_docx(document: Document, path: Path) -> Path:
    """Write the blocks to `path` (A4, no author in the properties)."""
    from docx import Document as NewDocument
    from docx.shared import Cm

    doc = NewDocument()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(PAGE_WIDTH_CM), Cm(PAGE_HEIGHT_CM)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(MARGIN_CM))
    props = doc.core_properties
    props.title, props.author, props.last_modified_by, props.comments = document.title, "", "", ""
    props.created = props.modified = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    doc.add_heading(document.title, level=0)
    for block in document.blocks:
        if isinstance(block, Heading):
            doc.add_heading(block.text, level=block.level)
        elif isinstance(block, Para):
            run = doc.add_paragraph().add_run(block.text)
            run.bold = block.bold
        elif isinstance(block, Table):
            _table(doc, block)
        elif isinstance(block, Image):
            doc.add_picture(io.BytesIO(block.png), width=Cm(block.width_cm))
            doc.add_paragraph().add_run(block.caption).italic = True
        else:
            doc.add_page_break()
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def _table(doc: DocxDocument, block: Table) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Cm

    usable = PAGE_WIDTH_CM - 2 * MARGIN_CM
    count = len(block.header)
    widths: Sequence[float] = block.widths or [usable / count] * count
    table = doc.add_table(rows=1, cols=count)
    table.style = "Table Grid"
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, block.header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in block.rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(int(Cm(width).twips)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
    header = table.rows[0]._tr.get_or_add_trPr()  # repeat the header row on every page
    element = header.makeelement(qn("w:tblHeader"), {})
    header.append(element)
