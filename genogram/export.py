"""Writing a genogram to a file whose extension says the format: svg, png, pdf, json, ged.

PNG and PDF are converted from our own SVG with cairosvg (no browser). Cairo stamps a PDF
with its creation time; that is removed, so a PDF says nothing about when or by whom it was
made (cairo's own name as Producer stays). PNG files carry no text chunks. The JSON contract
is described in genogram/README.md.
"""

from __future__ import annotations

import io
import json
import struct
import zlib
from pathlib import Path
from typing import Any

from chronology.dates import ParsedDate
from genogram.build import Genogram
from genogram.errors import GenogramError
from genogram.family import date_text
from genogram.gedcom import to_gedcom
from genogram.svg import render_svg

FORMATS = (".svg", ".png", ".pdf", ".json", ".ged")
JSON_FORMAT = "cspr-genogram"
JSON_VERSION = 1
PNG_SCALE = 2.0
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_PNG_METADATA = {b"tEXt", b"zTXt", b"iTXt", b"tIME", b"eXIf"}


def write_genogram(genogram: Genogram, path: Path) -> None:
    """Write `genogram` to `path` in the format its extension names."""
    path.write_bytes(render(genogram, path.suffix))


def render(genogram: Genogram, suffix: str) -> bytes:
    suffix = suffix.lower()
    if suffix not in FORMATS:
        raise GenogramError(
            f"must end in {', '.join(FORMATS[:-1])} or {FORMATS[-1]} "
            f"(got '{suffix or 'no extension'}')",
            field="out",
        )
    if suffix == ".json":
        return (json.dumps(to_json(genogram), indent=2, ensure_ascii=False) + "\n").encode()
    if suffix == ".ged":
        return to_gedcom(genogram).encode("utf-8")
    svg = render_svg(genogram.scene)
    if suffix == ".svg":
        return svg.encode("utf-8")
    if suffix == ".png":
        return svg_to_png(svg)
    return svg_to_pdf(svg)


def svg_to_png(svg: str, scale: float = PNG_SCALE) -> bytes:
    import cairosvg

    data: bytes = cairosvg.svg2png(bytestring=svg.encode("utf-8"), scale=scale)
    return strip_png_metadata(data)


def strip_png_metadata(data: bytes) -> bytes:
    """The PNG without text, time or EXIF chunks."""
    if not data.startswith(_PNG_MAGIC):
        raise ValueError("not a PNG image")
    out, position = [_PNG_MAGIC], len(_PNG_MAGIC)
    while position < len(data):
        (size,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        end = position + 12 + size
        if kind not in _PNG_METADATA:
            out.append(data[position:end])
        position = end
    return b"".join(out)


def svg_to_pdf(svg: str) -> bytes:
    import cairocffi
    from cairosvg.parser import Tree
    from cairosvg.surface import PDFSurface

    class _Undated(PDFSurface):
        """cairosvg's PDF surface with cairo's creation date left out."""

        def _create_surface(self, width: float, height: float) -> Any:
            surface, width, height = super()._create_surface(width, height)
            surface.set_metadata(cairocffi.PDF_METADATA_CREATE_DATE, "")
            return surface, width, height

    output = io.BytesIO()
    surface = _Undated(Tree(bytestring=svg.encode("utf-8")), output, 96)
    surface.finish()
    return output.getvalue()


def png_crc_ok(data: bytes) -> bool:
    """Every chunk's CRC is right (used by the tests after stripping chunks)."""
    position = len(_PNG_MAGIC)
    while position < len(data):
        (size,) = struct.unpack(">I", data[position : position + 4])
        body = data[position + 4 : position + 8 + size]
        (crc,) = struct.unpack(">I", data[position + 8 + size : position + 12 + size])
        if zlib.crc32(body) != crc:
            return False
        position += 12 + size
    return True


def _iso(value: ParsedDate | None) -> str | None:
    return date_text(value) or None


def _round(value: float) -> float:
    return round(value, 2) + 0.0


def to_json(genogram: Genogram) -> dict[str, Any]:
    """The JSON contract: people, unions, links and households, in drawing coordinates."""
    graph, layout, refs = genogram.graph, genogram.layout, genogram.refs
    anonymise = genogram.anonymise
    household_of = {pid: h for h, members in genogram.households.items() for pid in members}
    people = []
    order = sorted(layout.people, key=lambda p: (layout.people[p].generation, layout.people[p].x))
    for pid in order:
        spot, person, age = layout.people[pid], graph.people[pid], graph.age(pid)
        entry: dict[str, Any] = {
            "id": refs[pid],
            "label": genogram.pseudonyms[pid] if anonymise else (person.name or pid),
            "generation": spot.generation,
            "x": _round(spot.x),
            "y": _round(spot.y),
            "sex": person.sex,
            "subject": pid in graph.subjects,
            "deceased": graph.is_deceased(pid),
            "age": age.years if age is not None else None,
            "age_approximate": age.approximate if age is not None else False,
            "age_at_death": age.at_death if age is not None else False,
            "household": household_of.get(pid),
            "pseudonym": genogram.pseudonyms[pid],
        }
        if not anonymise:
            entry.update(
                name=person.name,
                role=person.role,
                relationship_to_subject=graph.relationship_to(pid),
                date_of_birth=date_text(person.birth) or None,
                date_of_death=date_text(person.death) or None,
                aliases=list(person.aliases),
                ethnicity=person.ethnicity or None,
                notes=person.notes or None,
                extra=dict(person.extra),
            )
        people.append(entry)
    unions = []
    for uid, drawn in sorted(
        layout.unions.items(), key=lambda i: graph.union_key(graph.unions[i[0]])
    ):
        union = graph.unions[uid]
        status = graph.status(union)
        entry = {
            "id": f"union-{uid[1:]}",
            "partners": [refs[p] for p in union.partners],
            "line": status.line,
            "ended": status.ended,
            "drawn_as": drawn.kind,
            "generation": drawn.generation,
            "x": _round(drawn.x),
            "y": _round(drawn.y),
            "children": [{"id": refs[c], "kind": kind} for c, kind in union.children],
        }
        if not anonymise:
            entry["periods"] = [
                {
                    "type": r.type,
                    "start": date_text(r.start) or None,
                    "end": date_text(r.end) or None,
                }
                for r in union.periods
            ]
        unions.append(entry)
    links = []
    kinds = {"birth": "parent", "adoptive": "adoptive_parent", "foster": "foster_parent"}
    for union in sorted(graph.unions.values(), key=graph.union_key):
        for child, kind in union.children:
            for parent in union.partners:
                links.append({"source": refs[parent], "target": refs[child], "type": kinds[kind]})
    for rel in graph.links:
        link: dict[str, Any] = {
            "source": refs[rel.person_a],
            "target": refs[rel.person_b],
            "type": rel.type,
        }
        if not anonymise:
            link.update(start=date_text(rel.start) or None, end=date_text(rel.end) or None)
        links.append(link)
    copies = []  # people drawn a second time, beside a partner
    for union in sorted(graph.unions.values(), key=graph.union_key):
        union_spot = layout.unions.get(union.union_id)
        if union_spot is None:
            continue
        for pid in union.partners:
            spot = layout.partner_spot(union_spot, pid)
            if spot is layout.people[pid]:
                continue
            copies.append(
                {
                    "id": refs[pid],
                    "union": f"union-{union.union_id[1:]}",
                    "generation": spot.generation,
                    "x": _round(spot.x),
                    "y": _round(spot.y),
                }
            )
    moment = genogram.as_at or genogram.today
    when = moment.strftime("%Y-%m") if anonymise else moment.isoformat()
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "anonymised": anonymise,
        "as_at": when if genogram.as_at else None,
        "ages_at": when,
        "subject": refs[graph.subject],
        "width": _round(genogram.scene.width),
        "height": _round(genogram.scene.height),
        "people": people,
        "unions": unions,
        "links": links,
        "households": [
            {"id": h, "members": [refs[p] for p in members]}
            for h, members in genogram.households.items()
        ],
        "copies": copies,
    }
