"""Checking a draft overview report before publication: every identifying string, and where.

A report is edited by many hands in Word: a name survives in a footnote, a comment, a header, a
tracked deletion nobody accepted, or the document's properties (author, last modified by).
Word's own "Inspect Document" is easy to forget, so this reads every part a reader of the file
could reach: body paragraphs and tables, headers and footers (by section), footnotes and
endnotes, comments and their authors, tracked insertions and deletions and their authors, image
descriptions, field codes, and the core, app and custom properties.

What is identifying is decided by the one anonymiser of the project, on the review's register
(`anonymise.register.load_register`: the family workbook and what earlier runs learnt), after
learning from the report itself (practitioners by title or role, organisations, addresses):
every replacement it would make is a finding (a guessed misspelling of a name says so). Exact
dates, which anonymisation makes month and year but which name no one, and capitalised words
the anonymiser cannot place (the motivated intruder test) are listed apart, "to check", and do
not fail the check; a date of birth is a finding.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import fromstring

from reviews.errors import ReviewError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
MAX_PART_BYTES = 64 << 20  # a larger XML part in a report is a zip bomb, not a report
MAX_TOTAL_BYTES = 256 << 20
CORE_FIELDS = {
    "creator": "author",
    "lastModifiedBy": "last modified by",
    "title": "title",
    "subject": "subject",
    "keywords": "keywords",
    "description": "comments",
    "category": "category",
    "contentStatus": "status",
}
APP_FIELDS = {"Company": "company", "Manager": "manager", "HyperlinkBase": "hyperlink base"}
NAME_FIELDS = ("author", "last modified by", "manager")
MONTH_YEAR = re.compile(r"^\d{1,2}/\d{4}$")


@dataclass(frozen=True)
class Place:
    """A text of the report, where it is, and whether it is a name by its nature (an author)."""

    where: str
    text: str
    is_name: bool = False


@dataclass(frozen=True)
class Finding:
    where: str
    original: str
    kind: str
    replacement: str

    def line(self) -> str:
        return f"{self.where}: '{self.original}' ({self.kind}; anonymised: {self.replacement})"


@dataclass
class CheckResult:
    findings: list[Finding]
    to_check: list[Finding]
    places: int


# ---------------------------------------------------------------------- reading the parts
def _parts(path: Path) -> dict[str, bytes]:
    """The XML parts of the DOCX, refusing what is not one (or is a zip bomb)."""
    from chronology.filesafety import IngestError, Limits, check_file

    try:
        if check_file(path, Limits()) != "docx":
            raise ReviewError(f"{path.name}: not a Word document (.docx)")
    except IngestError as error:
        raise ReviewError(str(error)) from None
    try:
        with zipfile.ZipFile(path) as archive:
            infos = [i for i in archive.infolist() if i.filename.endswith((".xml", ".rels"))]
            if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES or any(
                i.file_size > MAX_PART_BYTES for i in infos
            ):
                raise ReviewError(f"{path.name}: its parts are too large to be a report")
            parts = {i.filename: archive.read(i) for i in infos}
    except zipfile.BadZipFile as error:
        raise ReviewError(f"{path.name}: not a readable Word document ({error})") from None
    if "word/document.xml" not in parts:
        raise ReviewError(f"{path.name}: not a Word document (no word/document.xml)")
    return parts


def _xml(parts: dict[str, bytes], name: str, file: str) -> Element | None:
    if name not in parts:
        return None
    try:
        return fromstring(parts[name])
    except Exception as error:  # defusedxml raises several kinds on a hostile or broken part
        raise ReviewError(f"{file}: part {name} is not readable XML ({error})") from None


def _visible(element: Element) -> str:
    """The text a reader sees, leaving out tracked insertions and deletions (read apart)."""
    out: list[str] = []

    def walk(node: Element) -> None:
        if node.tag in (f"{W}ins", f"{W}del", f"{W}moveFrom", f"{W}moveTo"):
            return
        if node.tag == f"{W}t" and node.text:
            out.append(node.text)
        elif node.tag == f"{W}tab":
            out.append("\t")
        elif node.tag in (f"{W}br", f"{W}cr") or (
            node.tag == f"{W}p" and out and not out[-1].endswith("\n")
        ):
            out.append("\n")
        for child in node:
            walk(child)

    walk(element)
    return "".join(out).strip()


def _changes(element: Element, where: str) -> list[Place]:
    """Tracked insertions and deletions inside an element, their text and their authors."""
    found: list[Place] = []
    kinds = {
        f"{W}ins": ("tracked insertion", f"{W}t"),
        f"{W}moveTo": ("tracked insertion", f"{W}t"),
        f"{W}del": ("tracked deletion", f"{W}delText"),
        f"{W}moveFrom": ("tracked deletion", f"{W}delText"),
    }
    for node in element.iter():
        if node.tag not in kinds:
            continue
        label, text_tag = kinds[node.tag]
        text = "".join(t.text or "" for t in node.iter(text_tag)).strip()
        if text:
            found.append(Place(f"{label} ({where})", text))
        author = node.get(f"{W}author", "")
        if author:
            found.append(Place(f"{label} author ({where})", author, is_name=True))
    return found


def _extras(element: Element, where: str) -> list[Place]:
    """Field codes (a HYPERLINK to an e-mail address) and image descriptions."""
    found: list[Place] = []
    codes = " ".join((n.text or "") for n in element.iter(f"{W}instrText")).strip()
    codes += " ".join(n.get(f"{W}instr", "") for n in element.iter(f"{W}fldSimple"))
    if codes.strip():
        found.append(Place(f"field code ({where})", codes.strip()))
    for node in element.iter(f"{WP}docPr"):
        for attribute in ("descr", "title"):
            if node.get(attribute):
                found.append(Place(f"image description ({where})", node.get(attribute, "")))
    return found


def _block(element: Element, where: str) -> list[Place]:
    places = [Place(where, text)] if (text := _visible(element)) else []
    return places + _changes(element, where) + _extras(element, where)


def _body(document: Element) -> list[Place]:
    body = document.find(f"{W}body")
    if body is None:
        return []
    places: list[Place] = []
    counts = {"paragraph": 0, "table": 0}

    def blocks(parent: Element) -> None:
        for child in parent:
            if child.tag == f"{W}p":
                counts["paragraph"] += 1
                places.extend(_block(child, f"body paragraph {counts['paragraph']}"))
            elif child.tag == f"{W}tbl":
                counts["table"] += 1
                for r, row in enumerate(child.iter(f"{W}tr"), start=1):
                    for c, cell in enumerate(row.findall(f"{W}tc"), start=1):
                        where = f"table {counts['table']} row {r} cell {c}"
                        places.extend(_block(cell, where))
            elif child.tag == f"{W}sdt":
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    blocks(content)

    blocks(body)
    return places


def _headers_footers(parts: dict[str, bytes], document: Element, file: str) -> list[Place]:
    """Each header and footer part, named by the first section that uses it."""
    rels = _xml(parts, "word/_rels/document.xml.rels", file)
    targets = {}
    if rels is not None:
        for rel in rels.iter(f"{REL}Relationship"):
            target = rel.get("Target", "").lstrip("/")
            targets[rel.get("Id", "")] = target if target.startswith("word/") else f"word/{target}"
    labels: dict[str, str] = {}
    for number, section in enumerate(document.iter(f"{W}sectPr"), start=1):
        for kind in ("header", "footer"):
            for ref in section.findall(f"{W}{kind}Reference"):
                part = targets.get(ref.get(f"{R}id", ""), "")
                which = {"first": " (first page)", "even": " (even pages)"}.get(
                    ref.get(f"{W}type", ""), ""
                )
                labels.setdefault(part, f"{kind} of section {number}{which}")
    places: list[Place] = []
    others = sorted(n for n in parts if n.startswith(("word/header", "word/footer")))
    names = [n for n in labels if n in parts] + [n for n in others if n not in labels]
    for name in names:  # in section order, header before footer; unused parts last
        if not name.endswith(".xml"):
            continue
        root = _xml(parts, name, file)
        if root is not None:
            label = labels.get(name, name.removeprefix("word/").removesuffix(".xml"))
            places.extend(_block(root, label))
    return places


def _notes(parts: dict[str, bytes], file: str) -> list[Place]:
    places: list[Place] = []
    for part, tag, label in (
        ("word/footnotes.xml", "footnote", "footnote"),
        ("word/endnotes.xml", "endnote", "endnote"),
    ):
        root = _xml(parts, part, file)
        if root is None:
            continue
        number = 0
        for note in root.findall(f"{W}{tag}"):
            if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            number += 1
            places.extend(_block(note, f"{label} {number}"))
    root = _xml(parts, "word/comments.xml", file)
    if root is not None:
        for number, comment in enumerate(root.findall(f"{W}comment"), start=1):
            places.extend(_block(comment, f"comment {number}"))
            for attribute, what in (("author", "author"), ("initials", "initials")):
                if value := comment.get(f"{W}{attribute}", ""):
                    places.append(Place(f"comment {number} {what}", value, is_name=True))
    return places


def _metadata(parts: dict[str, bytes], file: str) -> list[Place]:
    places: list[Place] = []
    for part, fields in (("docProps/core.xml", CORE_FIELDS), ("docProps/app.xml", APP_FIELDS)):
        root = _xml(parts, part, file)
        for node in root if root is not None else ():
            name = node.tag.rsplit("}", 1)[-1]
            if name in fields and (value := (node.text or "").strip()):
                label = fields[name]
                places.append(Place(f"metadata: {label}", value, label in NAME_FIELDS))
    custom = _xml(parts, "docProps/custom.xml", file)
    if custom is not None:
        for node in custom:
            text = " ".join(t.strip() for t in node.itertext() if t.strip())
            if text:
                places.append(Place(f"metadata: custom property {node.get('name', '')}", text))
    return places


def report_places(path: Path) -> list[Place]:
    """Every text of the report a reader could reach, with where it is."""
    parts = _parts(path)
    document = _xml(parts, "word/document.xml", path.name)
    assert document is not None
    return (
        _body(document)
        + _headers_footers(parts, document, path.name)
        + _notes(parts, path.name)
        + _metadata(parts, path.name)
    )


# ---------------------------------------------------------------------- checking them
def check_report(path: Path, people: Path, register_path: Path | None = None) -> CheckResult:
    """Every identifying string of the report, by the anonymiser on the review's register."""
    from anonymise.redact import Anonymiser, Ctx
    from anonymise.register import default_register_path, load_register
    from anonymise.residual import ResidualFinder

    places = report_places(path)
    register = load_register(people, register_path or default_register_path(people))
    anonymiser = Anonymiser(register)

    def ctx(place: Place) -> Ctx:
        return Ctx(field="practitioner" if place.is_name else "text", where=place.where)

    anonymiser.learn_all((p.text, ctx(p)) for p in places)
    finder = ResidualFinder(register)
    findings: list[Finding] = []
    to_check: list[Finding] = []
    for place in places:
        text, replacements = anonymiser.redact(place.text, ctx(place))
        for part in replacements:
            if not part.original.strip() or part.original == part.replacement:
                continue
            if part.kind == "reference" and MONTH_YEAR.match(part.original):
                continue  # "02/2017" is a month, not a case number
            kind = f"{part.kind}, {part.note}" if part.note else part.kind
            finding = Finding(place.where, part.original, kind, part.replacement)
            # An exact date is made month and year when anonymised, but identifies no one by
            # itself; a date of birth does (kind "date_of_birth").
            (to_check if part.kind == "date" else findings).append(finding)
        for residual in finder.find(text, place.where, "text", anonymiser.date_mode):
            if residual.kind == "possible name":
                to_check.append(Finding(place.where, residual.text, residual.kind, ""))
    return CheckResult(findings, to_check, len(places))
