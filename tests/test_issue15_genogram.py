"""Issue 15, "Genogram for a report": words that never collide or spill, a line style of its
own for every relationship kind, households and ages at the "as at" date in every export, and
GEDCOM aliases with their surnames marked.

Text is checked by its drawn box: the width from the DejaVu Sans metrics the layout uses
(`genogram.textsize`), from the cap height above the baseline to the descender below it.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from genogram.build import Genogram, build_genogram
from genogram.clashes import Box, crosses_box
from genogram.export import render, to_json
from genogram.family import Family, read_family
from genogram.gedcom import to_gedcom
from genogram.legend import ORDER, draw_legend
from genogram.marks import overlay
from genogram.model import FamilyGraph
from genogram.plotly_figure import genogram_figure
from genogram.primitives import Path as Line
from genogram.primitives import Primitive, Shape, Text
from genogram.style import load_style
from genogram.textsize import text_width
from tests.builders import write_xlsx
from tests.test_genogram_families import random_family
from tests.test_issue18_families import intermarried_family, read_rows, with_overlays

TODAY = dt.date(2026, 1, 1)
PEOPLE: list[object] = ["person_id", "name", "sex", "date_of_birth", "date_of_death", "role",
                        "household", "aliases"]  # fmt: skip
RELATIONSHIPS: list[object] = ["person_a", "person_b", "type", "start_date", "end_date"]
OVERLAY_KINDS = ("close", "conflict", "violence", "abuse", "cut_off", "unknown")


# ---------------------------------------------------------------- a small family, by hand

# Kayden (born March 2014) lives with his mother Amy in H1. His father Dan left in June 2013.
# Amy's partner Rob lived with them from September 2013 to March 2017 and then left, but the
# workbook still lists him in H1. Amy's parents are both alive, side by side in the top row.
# Amy married Lee in 2019. Nina, Amy's daughter by Lee, was born in 2020.
NAMES = ("Kayden", "Hughes", "Amy", "Smith", "Dan", "Cole", "Rob", "Stone", "Lee", "Wood",
         "Nina", "Joan", "Bill", "Jo", "Kaydo")  # fmt: skip


def _small_rows(open_cohabitation: bool = False) -> dict[str, Sequence[Sequence[object]]]:
    people: list[list[object]] = [
        PEOPLE,
        ["C1", "Kayden Hughes", "M", "01/03/2014", None, "subject child", "H1", "Kaydo"],
        ["M1", "Amy Hughes", "F", "01/05/1990", None, "mother", "H1", "Amy Smith; Jo"],
        ["F1", "Dan Cole", "M", "1988", None, "father", "H2", None],
        ["X1", "Rob Stone", "M", "01/07/1985", None, "mother's partner", "H1", None],
        ["G1", "Bill Hughes", "M", "1962", None, "maternal grandfather", "H3", None],
        ["G2", "Joan Hughes", "F", "1964", None, "maternal grandmother", "H3", None],
        ["S1", "Lee Wood", "M", "01/02/1987", None, "stepfather", "H1", None],
        ["N1", "Nina Wood", "F", "01/06/2020", None, "half sibling", "H1", None],
    ]
    together: list[object] = [
        "M1",
        "X1",
        "cohabiting",
        "09/2013",
        None if open_cohabitation else "03/2017",
    ]
    relationships: list[list[object]] = [
        RELATIONSHIPS,
        ["G1", "G2", "married", "1986", None],
        ["G1", "M1", "parent", None, None],
        ["G2", "M1", "parent", None, None],
        ["M1", "C1", "parent", None, None],
        ["F1", "C1", "parent", None, None],
        ["M1", "F1", "cohabiting", "2012", "06/2013"],
        ["M1", "F1", "separated", "06/2013", None],
        together,
        ["M1", "X1", "separated", "03/2017", None],
        ["M1", "S1", "married", "05/2019", None],
        ["M1", "N1", "parent", None, None],
        ["S1", "N1", "parent", None, None],
        ["X1", "M1", "violence", None, None],
        ["X1", "C1", "abuse", None, None],
        ["C1", "G2", "close", None, None],
    ]
    return {"People": people, "Relationships": relationships}


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Family:
    path = tmp_path_factory.mktemp("small") / "family.xlsx"
    return read_family(write_xlsx(path, _small_rows()))


# ---------------------------------------------------------------- text boxes


def text_box(text: Text) -> Box:
    """The drawn box of a line of text: cap height above the baseline, descender below."""
    width = text_width(text.text, text.size, text.bold)
    left = {"start": text.x, "middle": text.x - width / 2, "end": text.x - width}[text.anchor]
    return (left, text.y - 0.76 * text.size, left + width, text.y + 0.24 * text.size)


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def text_faults(items: list[Primitive]) -> list[str]:
    """Words on words, lines through words, words on someone else's symbol."""
    texts = [(t, text_box(t)) for t in items if isinstance(t, Text)]
    faults = [
        f"{t.text!r} on {u.text!r}"
        for (t, a), (u, b) in itertools.combinations(texts, 2)
        if _overlap(a, b)
    ]
    for item in items:
        if isinstance(item, Line) and not item.closed and item.role != "mark":
            for text, box in texts:
                # An unknown connection's "?" sits on its own line, on a white square.
                if text.text == "?" and item.role == "overlay":
                    continue
                if any(crosses_box(box, seg) for seg in itertools.pairwise(item.points)):
                    faults.append(f"{item.role} line through {text.text!r}")
        if isinstance(item, Shape):
            outline = (item.cx - item.half, item.cy - item.half, item.cx + item.half,
                       item.cy + item.half)  # fmt: skip
            faults += [
                f"{text.text!r} on a symbol"
                for text, box in texts
                if abs(text.x - item.cx) > 0.5 and _overlap(outline, box)
            ]
    return faults


def symbol_faults(items: list[Primitive]) -> list[str]:
    """Family and overlay lines entering a symbol (lines end on outlines, never inside; a
    circle or diamond is checked by the square inside it)."""
    shapes = [i for i in items if isinstance(i, Shape)]
    faults = []
    for item in items:
        if not isinstance(item, Line) or item.closed or item.role in ("mark", "household"):
            continue
        for shape in shapes:
            half = shape.half * (1.0 if shape.kind == "square" else 0.7)
            box = (shape.cx - half, shape.cy - half, shape.cx + half, shape.cy + half)
            if any(crosses_box(box, seg) for seg in itertools.pairwise(item.points)):
                faults.append(f"{item.role} line through {shape.ref or 'a sample'}")
    return faults


def _generated(tmp_path: Path) -> list[tuple[str, Family]]:
    found = [(f"random {seed}/{size}", random_family(seed, size))
             for seed in range(4) for size in (12, 30, 60)]  # fmt: skip
    for marriages in (2, 4):
        rows = with_overlays(intermarried_family(marriages, marriages), marriages)
        found.append((f"intermarried {marriages}", read_rows(tmp_path, f"m{marriages}", rows)))
    return found


def test_no_words_collide_or_are_crossed_on_generated_families(tmp_path: Path) -> None:
    for name, family in _generated(tmp_path):
        assert len(family.people) <= 60
        for anonymise in (False, True):
            genogram = build_genogram(family, anonymise=anonymise, today=TODAY)
            assert text_faults(genogram.scene.items) == [], (name, anonymise)
            assert symbol_faults(genogram.scene.items) == [], (name, anonymise)


def test_the_checks_find_collisions_and_crossings() -> None:
    left = Text(100, 100, "Maternal grandfather", 12, bold=True, anchor="start")
    end = 100 + text_width("Maternal grandfather", 12, True)
    right = Text(end - 5, 100, "Maternal", 12, anchor="start")
    assert text_faults([left, Text(end + 1, 100, "Maternal", 12, anchor="start")]) == []
    assert text_faults([left, right]) == ["'Maternal grandfather' on 'Maternal'"]
    across = Line(((0, 96), (300, 96)), "#000", 2, role="union")
    assert text_faults([left, across]) == ["union line through 'Maternal grandfather'"]
    below = Line(((0, 104), (300, 104)), "#000", 2, role="union")  # under the descender
    assert text_faults([left, below]) == []
    square = Shape("square", 200, 150, 20, "#000", 2, ref="P1")
    to_it = Line(((100, 150), (180, 150)), "#000", 2, role="union")  # ends on the outline
    past_it = Line(((100, 150), (300, 150)), "#000", 2, role="child")
    assert symbol_faults([square, to_it, past_it]) == ["child line through P1"]


def test_grandparents_labels_side_by_side_keep_the_partner_gap(small: Family) -> None:
    genogram = build_genogram(small, anonymise=True, as_at=dt.date(2018, 1, 1), today=TODAY)
    texts = {t.text: text_box(t) for t in genogram.scene.items if isinstance(t, Text)}
    grandfather, grandmother = texts["Maternal grandfather"], texts["Maternal grandmother"]
    assert grandfather[1] == grandmother[1]  # one row
    gap = load_style().spacing("partner_gap")
    assert grandmother[0] - grandfather[2] >= gap - 0.01


def test_the_dashboard_figure_scales_its_words_with_the_drawing(small: Family) -> None:
    genogram = build_genogram(small, anonymise=True, as_at=dt.date(2018, 1, 1), today=TODAY)
    figure = genogram_figure(genogram)
    assert not figure.layout.annotations  # pixel-sized words collided when shrunk
    (words,) = figure.layout.images
    scene = genogram.scene
    assert (words.xref, words.yref, words.x, words.y) == ("x", "y", 0, 0)
    assert (words.sizex, words.sizey, words.sizing) == (scene.width, scene.height, "stretch")
    assert words.layer == "above" and all(s.layer == "below" for s in figure.layout.shapes)
    source = words.source
    assert source.startswith("data:image/svg+xml")
    texts = [t for t in scene.items if isinstance(t, Text)]
    assert source.count("<text ") == len(texts)
    assert "Maternal grandfather" in source and "Key" in source
    assert "#" not in source.split(",", 1)[1]  # '#' would end a data URL


# ---------------------------------------------------------------- the key


def test_the_keys_words_fit_its_box_with_every_entry() -> None:
    style = load_style()
    items = draw_legend(style, ORDER, 0.0, 0.0)
    frame = next(i for i in items if isinstance(i, Line) and i.role == "legend")
    right, bottom = max(x for x, _ in frame.points), max(y for _, y in frame.points)
    texts = [i for i in items if isinstance(i, Text)]
    assert any(t.text == "Abuse (arrow towards the victim)" for t in texts)
    for text in texts:
        left, top, end, low = text_box(text)
        assert left >= 4 and end <= right - 4 and top >= 4 and low <= bottom - 4, text.text
    assert text_faults(items) == []


def test_the_drawn_key_holds_whole_words(small: Family) -> None:
    genogram = build_genogram(small, as_at=dt.date(2016, 1, 1), today=TODAY)
    items = genogram.scene.items
    frame = next(i for i in items if isinstance(i, Line) and i.role == "legend")
    left, right = min(x for x, _ in frame.points), max(x for x, _ in frame.points)
    inside = [t for t in items if isinstance(t, Text) and t.x >= left]
    words = {t.text for t in inside}
    assert {"Violence (arrow towards the victim)", "Abuse (arrow towards the victim)"} <= words
    assert all(text_box(t)[2] <= right - 4 for t in inside)
    assert right <= genogram.scene.width


# ---------------------------------------------------------------- line styles


def _look(primitives: list[Primitive]) -> tuple[object, ...]:
    """What tells a line apart in the key: colour, dashes, number and kind of strokes."""
    paths = [p for p in primitives if isinstance(p, Line)]
    strokes = sorted(
        (p.stroke, p.dash, p.closed, len(p.points) > 2, round(p.width, 1)) for p in paths
    )
    words = sorted(t.text for t in primitives if isinstance(t, Text))
    return (tuple(strokes), tuple(words))


def test_every_emotional_and_abuse_line_has_its_own_look() -> None:
    style = load_style()
    looks = {
        kind: _look(overlay(style, kind, [(0.0, 0.0), (120.0, 0.0)])) for kind in OVERLAY_KINDS
    }
    assert len(set(looks.values())) == len(OVERLAY_KINDS)
    violence = overlay(style, "violence", [(0.0, 0.0), (120.0, 0.0)])
    abuse = overlay(style, "abuse", [(0.0, 0.0), (120.0, 0.0)])
    # Violence: a red zigzag and an arrowhead; abuse: a purple zigzag over a straight line.
    assert [(p.stroke, p.closed) for p in violence if isinstance(p, Line)] == [
        ("#c0001a", False), ("#c0001a", True)
    ]  # fmt: skip
    lines = [p for p in abuse if isinstance(p, Line)]
    assert [(p.stroke, p.closed, len(p.points)) for p in lines] == [
        ("#6a1b9a", False, len(lines[0].points)), ("#6a1b9a", False, 2), ("#6a1b9a", True, 3)
    ]  # fmt: skip
    assert len(lines[0].points) > 4  # the zigzag


KEY_GROUPS = (
    ("married", "cohabiting", "partners", "engaged", "unrecorded", "separated", "divorced"),
    ("birth", "adoptive", "foster", "twin", "identical_twin"),
    (*OVERLAY_KINDS, "drawn_twice"),
)


@pytest.mark.parametrize("group", KEY_GROUPS, ids=("unions", "children", "overlays"))
def test_every_line_in_the_key_is_drawn_unlike_the_others_of_its_kind(
    group: tuple[str, ...],
) -> None:
    """Couples' lines among themselves, children's among themselves, and the lines over the
    family among themselves: each sample in the key has a look of its own."""
    style = load_style()
    looks = {}
    for key in group:
        drawn = draw_legend(style, [key], 0.0, 0.0)
        sample = [i for i in drawn if not (isinstance(i, Line) and i.role == "legend")]
        looks[key] = _look([i for i in sample if not (isinstance(i, Text) and i.x > 60)])
    alike = {k for k, v in looks.items() if list(looks.values()).count(v) > 1}
    assert alike == set()


def test_an_unknown_pattern_in_the_rules_is_named() -> None:
    style = load_style()
    raw = json.loads(json.dumps(style.raw))
    raw["overlay"]["pattern"]["abuse"] = "wavy"
    with pytest.raises(ValueError, match=r"\[overlay.pattern\] abuse: unknown 'wavy'"):
        overlay(type(style)(raw), "abuse", [(0.0, 0.0), (50.0, 0.0)])


def test_violence_and_abuse_in_a_drawn_family_look_different(small: Family) -> None:
    genogram = build_genogram(small, as_at=dt.date(2016, 1, 1), today=TODAY)
    legend_left = min(
        x for i in genogram.scene.items if isinstance(i, Line) and i.role == "legend"
        for x, _ in i.points
    )  # fmt: skip
    drawn = [
        i for i in genogram.scene.items
        if isinstance(i, Line) and i.role == "overlay" and i.points[0][0] < legend_left
    ]  # fmt: skip
    colours = [p.stroke for p in drawn]
    assert colours.count("#c0001a") == 2  # violence: zigzag and arrowhead
    assert colours.count("#6a1b9a") == 3  # abuse: zigzag, straight line, arrowhead


# ---------------------------------------------------------------- households at the date


def _inside(point: tuple[float, float], polygon: tuple[tuple[float, float], ...]) -> bool:
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _enclosed(genogram: Genogram) -> set[str]:
    outlines = [i.points for i in genogram.scene.items
                if isinstance(i, Line) and i.role == "household"]  # fmt: skip
    legend = max(x for o in outlines for x, _ in o)  # the key's sample is the right-most
    drawn = [o for o in outlines if max(x for x, _ in o) < legend]
    return {
        pid for pid, spot in genogram.layout.people.items()
        if any(_inside((spot.x, spot.y), outline) for outline in drawn)
    }  # fmt: skip


@pytest.mark.parametrize("open_cohabitation", [False, True])
def test_a_partner_who_left_is_not_in_the_household_afterwards(
    tmp_path: Path, open_cohabitation: bool
) -> None:
    family = read_family(write_xlsx(tmp_path / "f.xlsx", _small_rows(open_cohabitation)))
    during = build_genogram(family, as_at=dt.date(2016, 1, 1), today=TODAY)
    assert during.households == {"H1": ["C1", "M1", "X1"], "H2": ["F1"], "H3": ["G1", "G2"]}
    assert _enclosed(during) == {"C1", "M1", "X1", "G1", "G2"}
    after = build_genogram(family, as_at=dt.date(2018, 1, 1), today=TODAY)
    assert after.households == {"H1": ["C1", "M1"], "H2": ["F1"], "H3": ["G1", "G2"]}
    assert _enclosed(after) == {"C1", "M1", "G1", "G2"}
    stays = {s.person_id: (s.start, s.end) for s in FamilyGraph(family, today=TODAY).lived_with()}
    assert stays["X1"] == (dt.date(2014, 3, 1), dt.date(2017, 3, 1))


def test_household_members_in_the_json_are_those_at_the_date(small: Family) -> None:
    data = to_json(build_genogram(small, as_at=dt.date(2018, 1, 1), today=TODAY))
    assert data["households"] == [
        {"id": "H1", "members": ["C1", "M1"]},
        {"id": "H2", "members": ["F1"]},
        {"id": "H3", "members": ["G1", "G2"]},
    ]
    household = {p["id"]: p["household"] for p in data["people"]}
    assert household["X1"] is None and household["C1"] == "H1"


# ---------------------------------------------------------------- exports at the date


def _ages(data: dict[str, object]) -> dict[str, object]:
    people = data["people"]
    assert isinstance(people, list)
    return {p["id"]: p["age"] for p in people}


def test_every_export_shows_ages_at_the_as_at_date(small: Family) -> None:
    at = dt.date(2018, 1, 1)
    genogram = build_genogram(small, as_at=at, today=TODAY)
    data = json.loads(render(genogram, ".json"))
    assert data["as_at"] == "2018-01-01"
    # Kayden was 3 on 1 January 2018 (11 on the day the file was made); Amy 27; Rob 32; a
    # year of birth alone counts from its middle (Bill, born 1962: 55).
    assert _ages(data) == {"G1": 55, "G2": 53, "M1": 27, "F1": 29, "X1": 32, "C1": 3}
    assert "N1" not in _ages(data) and "S1" not in _ages(data)  # not yet in the family
    svg = render(genogram, ".svg").decode()
    ages = {t.text for t in genogram.scene.items if isinstance(t, Text) and t.bold and t.size == 13}
    assert ages == {"c.55", "c.53", "27", "c.29", "32", "3", "34"}  # 34: the key's sample
    assert ">3</text>" in svg and ">11</text>" not in svg
    assert "as at 01/01/2018" in svg
    ged = render(genogram, ".ged").decode()
    assert "Nina" not in ged and "Lee /Wood/" not in ged  # born and married after the date
    assert ged.count(" INDI\n") == 6
    png = render(genogram, ".png")
    assert png.startswith(b"\x89PNG") and png != render(build_genogram(small, today=TODAY), ".png")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_the_pdf_shows_the_as_at_date_and_ages(small: Family, tmp_path: Path) -> None:
    genogram = build_genogram(small, as_at=dt.date(2018, 1, 1), today=TODAY)
    pdf = tmp_path / "g.pdf"
    pdf.write_bytes(render(genogram, ".pdf"))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "as at 01/01/2018" in text
    assert "Rob Stone" in text and "Nina Wood" not in text
    assert " 11 " not in f" {' '.join(text.split())} "


def test_anonymised_exports_give_the_month_and_leak_no_names(small: Family) -> None:
    genogram = build_genogram(small, as_at=dt.date(2018, 1, 1), anonymise=True, today=TODAY)
    data = json.loads(render(genogram, ".json"))
    assert data["as_at"] == "2018-01"
    assert _ages(data)["child-a"] == 3
    outputs = {
        "svg": render(genogram, ".svg").decode(),
        "json": json.dumps(data),
        "ged": render(genogram, ".ged").decode(),
        "figure": genogram_figure(genogram).to_json(),
    }
    for kind, text in outputs.items():
        for name in NAMES:
            assert name not in text, (kind, name)
    assert "01/2018" in outputs["svg"] and "01/01/2018" not in outputs["svg"]


# ---------------------------------------------------------------- GEDCOM aliases


def test_gedcom_aliases_have_their_surnames_between_slashes(small: Family) -> None:
    lines = to_gedcom(build_genogram(small, today=TODAY)).splitlines()
    start = lines.index("1 NAME Amy /Hughes/")
    assert lines[start : start + 6] == [
        "1 NAME Amy /Hughes/",
        "1 NAME Amy /Smith/",
        "2 TYPE AKA",
        "1 NAME Jo",  # a single word: no surname to mark
        "2 TYPE AKA",
        "1 SEX F",
    ]
    assert "1 NAME Kaydo" in lines
    anonymised = to_gedcom(build_genogram(small, anonymise=True, today=TODAY))
    assert "AKA" not in anonymised and "Smith" not in anonymised


# ---------------------------------------------------------------- the genogram as text


def _drawn_words(genogram: Genogram) -> set[str]:
    return {t.text for t in genogram.scene.items if isinstance(t, Text)}


def test_the_text_version_says_what_the_drawing_shows(small: Family) -> None:
    from genogram.text_alternative import genogram_text

    genogram = build_genogram(small, as_at=dt.date(2018, 1, 1), today=TODAY)
    found = genogram_text(genogram)
    drawn = _drawn_words(genogram)
    people = {p.label: p for p in found.people}
    # Everyone drawn, by the name drawn under their symbol, top row first.
    assert set(people) == {"Kayden Hughes", "Amy Hughes", "Dan Cole", "Rob Stone",
                           "Bill Hughes", "Joan Hughes"}  # fmt: skip
    assert people.keys() <= drawn
    assert [p.row for p in found.people] == sorted(p.row for p in found.people)
    assert found.people[0].label in ("Bill Hughes", "Joan Hughes")
    kayden = people["Kayden Hughes"]
    assert (kayden.role, kayden.sex, kayden.age) == ("subject child", "male", "3")
    assert kayden.household == "Household 1" and kayden.notes == ("subject child",)
    assert people["Rob Stone"].household == ""  # he left in 03/2017: the outline says so too
    assert found.when == "as at 01/01/2018"
    assert kayden.age in drawn  # the age inside his symbol, at the date drawn
    text = "\n".join(found.lines())
    assert "Amy Hughes and Dan Cole: Living together, then separated" in text
    assert "Children of Amy Hughes and Dan Cole: Kayden Hughes (birth)" in text
    assert "Violence: from Rob Stone towards Amy Hughes" in text
    assert "Abuse: from Rob Stone towards Kayden Hughes" in text
    assert "Close: Kayden Hughes and Joan Hughes" in text
    # The key is the drawn key, word for word and in its order.
    style = load_style()
    assert list(found.key) == [style.legend_text(k) for k in ORDER if style.legend_text(k) in drawn]
    assert "Violence (arrow towards the victim)" in found.key


def test_the_anonymised_text_has_the_drawings_pseudonyms_and_no_name(small: Family) -> None:
    from genogram.text_alternative import genogram_text

    for as_at in (None, dt.date(2018, 1, 1), dt.date(2021, 6, 30)):
        genogram = build_genogram(small, anonymise=True, as_at=as_at, today=TODAY)
        found = genogram_text(genogram)
        drawn = _drawn_words(genogram)
        assert [p.label for p in found.people] and all(p.label in drawn for p in found.people)
        assert {p.label for p in found.people} == {
            genogram.pseudonyms[pid]
            for pid in genogram.graph.people
            if pid in genogram.layout.people
        }
        assert all(p.role == "" and p.details == () for p in found.people)
        text = "\n".join(found.lines())
        assert not re.findall(r"\b(?:" + "|".join(NAMES) + r")\b", text, re.I), text
        assert "Child A" in text
        assert not any(re.search(r"\b\d\d/\d\d/\d{4}\b", line) for line in found.lines())


def test_a_sixty_person_familys_words_stay_legible(small: Family) -> None:
    from dashboard.genogram_view import (
        MIN_LABEL_PX,
        MIN_LABEL_PX_PRESENTATION,
        figure_style,
        label_px,
    )

    for seed in (5, 6, 10):  # seeds that give 60 people
        family = random_family(seed, 60)
        assert len(family.people) == 60
        genogram = build_genogram(family, anonymise=True, today=TODAY)
        # A laptop's page gives the drawing about 1,320 by 528 pixels: fitted into that, the
        # labels would be a few pixels high.
        fitted = min(1320 / genogram.scene.width, 528 / genogram.scene.height)
        assert fitted * float(load_style().get("font", "label_size")) < MIN_LABEL_PX
        laptop = figure_style(genogram, presentation=False)
        assert label_px(genogram, laptop) >= MIN_LABEL_PX - 0.01
        shared = figure_style(genogram, presentation=True)
        assert label_px(genogram, shared) >= MIN_LABEL_PX_PRESENTATION - 0.01
        assert MIN_LABEL_PX >= 12
