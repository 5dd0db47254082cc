"""Exports: SVG, PNG and PDF (magic bytes, no metadata), the JSON contract, GEDCOM 7, and the
plotly figure built from the same geometry."""

from __future__ import annotations

import datetime as dt
import json
import re
import struct
import xml.etree.ElementTree as ET

import pytest

from cspr.cli import DEMO_DIR
from genogram.build import Genogram, build_genogram
from genogram.errors import GenogramError
from genogram.export import png_crc_ok, render
from genogram.family import read_family
from genogram.gedcom import to_gedcom
from genogram.plotly_figure import genogram_figure
from genogram.primitives import Path, Shape
from tests.test_genogram_families import random_family

TODAY = dt.date(2026, 1, 1)
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def genogram() -> Genogram:
    return build_genogram(read_family(DEMO_DIR / "family.xlsx"), today=TODAY)


def _chunks(png: bytes) -> list[bytes]:
    kinds, position = [], 8
    while position < len(png):
        (size,) = struct.unpack(">I", png[position : position + 4])
        kinds.append(png[position + 4 : position + 8])
        position += 12 + size
    return kinds


def test_svg_is_plain_xml_with_one_symbol_per_person(genogram: Genogram) -> None:
    text = render(genogram, ".svg").decode()
    root = ET.fromstring(text)
    assert root.tag == f"{SVG}svg"
    assert "<!--" not in text and "metadata" not in text and "inkscape" not in text.lower()
    ids = {e.get("id") for e in root.iter() if e.get("id")}
    assert ids == {f"person-P{n}" for n in range(1, 10)}
    texts = [e.text for e in root.iter(f"{SVG}text")]
    assert "Kayden Hughes" in texts and "Key" in texts


def test_png_and_pdf_are_converted_without_a_browser_and_carry_no_metadata(
    genogram: Genogram,
) -> None:
    png = render(genogram, ".png")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and png_crc_ok(png)
    assert _chunks(png)[0] == b"IHDR" and _chunks(png)[-1] == b"IEND"
    assert not {b"tEXt", b"zTXt", b"iTXt", b"tIME", b"eXIf"} & set(_chunks(png))
    pdf = render(genogram, ".pdf")
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    for key in (b"/CreationDate", b"/ModDate", b"/Title", b"/Author", b"/Creator", b"/Subject"):
        assert key not in pdf


def test_an_unknown_extension_is_refused(genogram: Genogram) -> None:
    with pytest.raises(
        GenogramError, match=r"^must end in \.svg, \.png, \.pdf, \.json or \.ged"
    ) as e:
        render(genogram, ".docx")
    assert e.value.field == "out" and e.value.as_flag().startswith("--out must end in .svg")


def test_json_contract(genogram: Genogram) -> None:
    data = json.loads(render(genogram, ".json"))
    assert data["format"] == "cspr-genogram" and data["version"] == 1
    assert set(data) >= {"people", "unions", "links", "households", "subject", "ages_at"}
    people = {p["id"]: p for p in data["people"]}
    assert set(people) == {f"P{n}" for n in range(1, 10)}
    for person in people.values():
        assert {"id", "label", "generation", "x", "y"} <= set(person)
    assert people["P9"]["generation"] == 0 and people["P1"]["generation"] == 2
    assert people["P9"]["y"] < people["P4"]["y"] < people["P1"]["y"]  # y grows downwards
    assert people["P9"]["deceased"] and people["P9"]["age_at_death"]
    assert people["P1"]["subject"] and data["subject"] == "P1"
    assert people["P4"]["relationship_to_subject"] == "mother"
    # x, y are the symbol centres in the drawing's coordinates, as in the SVG
    root = ET.fromstring(render(genogram, ".svg"))
    rect = next(e for e in root.iter() if e.get("id") == "person-P5")
    centre_x = float(rect.get("x")) + float(rect.get("width")) / 2
    centre_y = float(rect.get("y")) + float(rect.get("height")) / 2
    assert (people["P5"]["x"], people["P5"]["y"]) == pytest.approx((centre_x, centre_y), abs=0.01)
    union = next(u for u in data["unions"] if set(u["partners"]) == {"P4", "P5"})
    assert union["line"] == "cohabiting" and union["ended"] == "separated"
    assert [c["id"] for c in union["children"]] == ["P2", "P1"]
    assert [p["type"] for p in union["periods"]] == ["cohabiting", "separated"]
    links = {(link["source"], link["target"], link["type"]) for link in data["links"]}
    assert ("P6", "P1", "abuse") in links and ("P4", "P1", "parent") in links
    assert {"id": "H1", "members": ["P1", "P2", "P3", "P4", "P6"]} in data["households"]


def test_gedcom_7_structure(genogram: Genogram) -> None:
    text = to_gedcom(genogram)
    lines = text.splitlines()
    assert lines[:3] == ["0 HEAD", "1 GEDC", "2 VERS 7.0"] and lines[-1] == "0 TRLR"
    line = re.compile(r"^(0|[1-9]\d*) (@[A-Z0-9_]+@ )?[A-Z_][A-Z0-9_]*( .*)?$")
    level = 0
    for entry in lines:
        assert line.match(entry), entry
        new = int(entry.split()[0])
        assert new <= level + 1
        level = new
    defined = set(re.findall(r"^0 (@[A-Z0-9_]+@) ", text, re.M))
    used = set(re.findall(r" (@[A-Z0-9_]+@)$", text, re.M))
    assert used <= defined
    assert len(re.findall(r"^0 @INDI\d+@ INDI$", text, re.M)) == 9
    assert len(re.findall(r"^0 @FAM\d+@ FAM$", text, re.M)) == len(genogram.graph.unions)
    assert "1 NAME Kayden /Hughes/" in lines
    assert "2 DATE 3 NOV 2014" in lines and "2 DATE NOV 2016" in lines and "2 DATE 1961" in lines
    assert "2 PEDI BIRTH" in lines and "1 EVEN Separated" in lines


def test_gedcom_of_adoption_fostering_and_a_death_without_a_date() -> None:
    family = random_family(12, 150)
    text = to_gedcom(build_genogram(family, today=TODAY))
    assert text.startswith("0 HEAD\n1 GEDC\n2 VERS 7.0\n") and text.endswith("0 TRLR\n")
    assert text.count(" INDI\n") == len(family.people)


def test_plotly_figure_uses_the_same_geometry(genogram: Genogram) -> None:
    figure = genogram_figure(genogram)
    drawn = [i for i in genogram.scene.items if isinstance(i, Shape | Path)]
    assert len(figure.layout.shapes) == len(drawn)
    hover = figure.data[0]
    assert len(hover.x) == 9
    index = list(hover.customdata).index("P1")
    assert (hover.x[index], hover.y[index]) == (
        genogram.layout.people["P1"].x,
        genogram.layout.people["P1"].y,
    )
    assert "Kayden Hughes" in hover.hovertext[index]
    assert figure.layout.yaxis.range[0] > figure.layout.yaxis.range[1]  # y grows downwards
    shapes = {s.type for s in figure.layout.shapes}
    assert {"rect", "circle", "path"} <= shapes
