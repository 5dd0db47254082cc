"""Anonymised genograms contain no name, alias, full date, note or workbook id: checked with
the real strings of the sample family workbook and of a family the project has never seen."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import openpyxl
import pytest

from cspr.cli import DEMO_DIR
from genogram.build import Genogram, build_genogram
from genogram.export import render
from genogram.family import read_family
from genogram.plotly_figure import genogram_figure
from tests.builders import write_xlsx
from tests.test_genogram_families import UNSEEN_PEOPLE, UNSEEN_RELATIONSHIPS
from tests.test_genogram_layout import check_all

TODAY = dt.date(2026, 1, 1)
SAMPLE = DEMO_DIR / "family.xlsx"
MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
FULL_DATE = re.compile(
    rf"\b\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\b\d{{1,2}}(st|nd|rd|th)? ({MONTHS})[a-z]* \d{{4}}\b",
    re.IGNORECASE,
)


def _secrets(path: Path) -> tuple[set[str], set[str], set[str]]:
    """(words from names, aliases and notes; dates of birth and death; ids) as typed."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = [str(h).lower() for h in rows[0]]

    def column(*names: str) -> int:
        return next(i for i, h in enumerate(header) if h in names)

    words: set[str] = set()
    dates: set[str] = set()
    ids: set[str] = set()
    for row in rows[1:]:
        ids.add(str(row[0]))
        for index in (column("name", "full name"), column("aliases", "also known as")):
            for text in str(row[index] or "").split(";"):
                if text.strip():
                    words.add(text.strip())
                    words.update(w for w in re.split(r"[\s-]+", text) if len(w) >= 2)
        notes = row[column("notes", "comments")]
        if notes:
            words.add(str(notes))
        for index in (column("date_of_birth", "dob"), column("date_of_death", "date died")):
            value = row[index]
            if isinstance(value, dt.datetime):
                day = value.date()
                dates.update({day.isoformat(), day.strftime("%d/%m/%Y"),
                              f"{day.day} {day:%B %Y}", f"{day.day} {day:%b %Y}",
                              day.strftime("%b %Y"), day.strftime("%Y-%m")})  # fmt: skip
            elif value:
                dates.add(str(value))
    return words, dates, ids


def _assert_clean(text: str, words: set[str], dates: set[str], ids: set[str]) -> None:
    for word in words:
        assert not re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE), word
    for date in dates:
        if not re.fullmatch(r"\d{4}", date):  # a bare year such as 1961 is also an x position
            assert date not in text, date
    for pid in ids:
        assert not re.search(rf"\b{re.escape(pid)}\b", text), pid
    assert not FULL_DATE.search(text), FULL_DATE.search(text)


def _outputs(genogram: Genogram) -> dict[str, str]:
    return {
        "svg": render(genogram, ".svg").decode(),
        "json": render(genogram, ".json").decode(),
        "ged": render(genogram, ".ged").decode(),
        "hover": json.dumps(list(genogram_figure(genogram).data[0].hovertext)),
    }


@pytest.mark.parametrize("as_at", [None, dt.date(2018, 1, 1)])
def test_the_anonymised_sample_holds_no_name_alias_date_note_or_id(
    as_at: dt.date | None,
) -> None:
    words, dates, ids = _secrets(SAMPLE)
    assert {"Kayden", "Hughes", "Gaz", "Chels", "KJ", "Mia Mitchell"} <= words  # real strings
    genogram = build_genogram(read_family(SAMPLE), anonymise=True, as_at=as_at, today=TODAY)
    outputs = _outputs(genogram)
    for text in outputs.values():
        _assert_clean(text, words, dates, ids | {"H1", "H2", "H3"})
    svg = outputs["svg"]
    for label in ("Child A", "Mother", "Father", "Mother&apos;s partner", "Maternal grandmother"):
        assert label in svg or label.replace("&apos;", "'") in svg
    data = json.loads(outputs["json"])
    assert {p["id"] for p in data["people"]} >= {"child-a", "mother", "father"}
    assert all("name" not in p and "notes" not in p and "role" not in p for p in data["people"])
    assert data["ages_at"] == ("2018-01" if as_at else "2026-01")


def test_anonymised_images_carry_no_metadata() -> None:
    genogram = build_genogram(read_family(SAMPLE), anonymise=True, today=TODAY)
    png = render(genogram, ".png")
    assert png.startswith(b"\x89PNG") and b"tEXt" not in png and b"tIME" not in png
    pdf = render(genogram, ".pdf")
    assert pdf.startswith(b"%PDF-") and b"/CreationDate" not in pdf and b"/Title" not in pdf
    for word in (b"Kayden", b"Hughes", b"Mitchell"):
        assert word not in pdf


def test_acceptance_on_a_family_the_project_has_never_seen(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "Okonkwo-Price family.xlsx",
        {"Family members": UNSEEN_PEOPLE, "Relationships": UNSEEN_RELATIONSHIPS},
    )
    words, dates, ids = _secrets(path)
    genogram = build_genogram(read_family(path), anonymise=True, today=TODAY)
    check_all(genogram)  # generations ordered, no overlaps, siblings and partners in place
    outputs = _outputs(genogram)
    for text in outputs.values():
        _assert_clean(text, words | {"Okonkwo-Price family"}, dates, ids)
    labels = {p["label"] for p in json.loads(outputs["json"])["people"]}
    expected = {"Child A", "Mother", "Father", "Mother's partner", "Maternal grandmother"}
    expected |= {"Paternal grandfather", "Sibling 1", "Half-sibling 1", "Foster carer 1"}
    assert expected <= labels
    households = json.loads(outputs["json"])["households"]
    assert households[0]["id"] == "Household 1" and "child-a" in households[0]["members"]
