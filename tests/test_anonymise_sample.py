"""The sample case through `write_anonymised`: every output file read back (CSV text, XLSX
cells and properties, DOCX document and properties) holds none of the case's names, aliases,
practitioners, organisations, addresses or numbers, and no event or source is lost."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from anonymise.apply import LeakError, anonymise_run, find_leaks, write_anonymised
from anonymise.register import default_register_path, load_register
from chronology.ages import age_function
from chronology.pipeline import MergeRun, merge, read_all
from cspr.cli import DEMO_DIR, demo_files
from genogram.family import read_family

TODAY = dt.date(2026, 1, 1)
# Every identifying string of the sample case, as its files write them.
FAMILY = [
    "Kayden",
    "Hughes",
    "Kaden",
    "Kaydon",
    "KJ",
    "Tyler",
    "Ty",
    "Tylor",
    "Mia",
    "Doyle",
    "Mitchell",
    "Chelsea",
    "Chels",
    "Chelsey",
    "Mitchel",
    "Daniel",
    "Danny",
    "Dan",
    "Liam",
    "Lee",
    "Doyl",
    "Sandra",
    "Sandy",
    "Nan",
    "Gaz",
    "Gary",
    "Keith",
]
PRACTITIONERS = [
    "Amy",
    "Clarke",
    "Booth",
    "Grainger",
    "Paul",
    "Greaves",
    "Carter",
    "Jo",
    "Evans",
    "Smith",
    "Rachel",
    "Ng",
    "Nadia",
    "Bhatt",
    "Tom",
    "Reilly",
    "Whitfield",
    "Bloggs",
    "Hart",
    "Lowe",
    "Dunn",
    "Quinn",
    "Rowe",
    "Fenn",
    "Patel",
    "Renée",
    "Dubois",
    "Achebe",
    "Sarah",
    "Okafor",
    "Moss",
    "Ellie",
    "Shaw",
    "Reeves",
    "Amos",
    "Lisa",
    "Price",
    "Osei",
    "Khan",
    "Grant",
    "Fenwick",
]
PLACES = [
    "Westbrook",
    "St Aidan",
    "St Aidan’s",
    "Little Acorns",
    "Acorns",
    "Hollybank",
    "Northgate",
    "Westgate House",
    "Westgate",
    "Larch Close",
    "Larch",
    "Brook Street",
    "Ash Grove",
    "Eastfield",
    "Women's Aid",
    "Talking Therapies",
    "EF1 3XW",
    "EF2 7QX",
    "EF3 2PL",
    "EF4 9ZQ",
    "EF1",
    "EF2",
    "EF3",
    "EF4",
]
NUMBERS = [
    "07700900461",
    "07700900219",
    "07700900782",
    "01632960347",
    "01632960555",
    "447700900461",
    "9990141134",
    "9990104220",
    "9990199272",
    "9990910693",
    "9990610010",
    "QQ123456A",
    "QQ112233B",
    "QQ654321C",
    "EF17014522",
    "X742261/002",
]
DATES_OF_BIRTH = ["03/11/2014", "2014-11-03", "15/08/1986", "1986-08-15", "27/09/2019"]


def _run() -> MergeRun:
    family = read_family(DEMO_DIR / "family.xlsx")
    return merge(read_all(demo_files()), age_of=age_function(family.people["P1"].birth))


@pytest.fixture(scope="module")
def sample_run() -> MergeRun:
    return _run()


@pytest.fixture(scope="module")
def written(sample_run: MergeRun, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("anon")
    shutil.copy(DEMO_DIR / "family.xlsx", root / "family.xlsx")
    return write_anonymised(
        sample_run, root / "out", people_path=root / "family.xlsx", date_mode="month", today=TODAY
    )


def _xlsx_text(path: Path) -> str:
    book = openpyxl.load_workbook(path)
    parts = [" ".join(book.sheetnames)]
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            parts += [str(v) for v in row if v is not None]
    properties = book.properties
    parts += [
        str(getattr(properties, n) or "")
        for n in ("creator", "title", "description", "subject", "keywords", "lastModifiedBy")
    ]
    with zipfile.ZipFile(path) as archive:
        parts += [archive.read(n).decode("utf-8") for n in archive.namelist() if "docProps" in n]
    return "\n".join(parts)


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(
            archive.read(n).decode("utf-8")
            for n in ("word/document.xml", "docProps/core.xml", "docProps/app.xml")
        )


def _published(written: list[Path]) -> dict[str, str]:
    out = written[0].parent
    texts: dict[str, str] = {}
    for path in out.iterdir():
        if path.suffix == ".csv":
            texts[path.name] = path.read_text(encoding="utf-8-sig")
        elif path.suffix == ".xlsx":
            texts[path.name] = _xlsx_text(path)
        elif path.suffix == ".docx":
            texts[path.name] = _docx_text(path)
    return texts


def _leaks(text: str) -> list[str]:
    found = []
    for word in FAMILY + PRACTITIONERS + PLACES:
        body = re.escape(word).replace("’", "['’]").replace(r"\ ", r"\s+")
        if re.search(rf"(?<!\w){body}(?!\w)", text, re.IGNORECASE):
            found.append(word)
    compact = re.sub(r"[\s-]", "", text).upper()
    found += [n for n in NUMBERS if n.upper() in compact]
    found += [d for d in DATES_OF_BIRTH if d in text]
    return found


def test_every_output_is_written_and_the_key_is_not_among_them(written: list[Path]) -> None:
    names = {p.name for p in written}
    assert {
        "integrated.csv",
        "sources.csv",
        "possible_duplicates.csv",
        "rejected.csv",
        "integrated.xlsx",
        "integrated.docx",
    } <= names
    out = written[0].parent
    assert sorted(p.name for p in out.iterdir()) == sorted(
        p.name for p in written if p.parent == out
    )
    register, report = written[6], written[7]
    assert register.parent != out and report.parent != out
    assert register == default_register_path(register.with_name("family.xlsx"))


def test_no_name_address_number_or_organisation_in_any_output(written: list[Path]) -> None:
    texts = _published(written)
    assert len(texts) == 6
    for name, text in texts.items():
        assert _leaks(text) == [], name


def test_no_key_in_published_files(written: list[Path]) -> None:
    """No real name sits next to a pseudonym: the register and report stay outside `out`."""
    for name, text in _published(written).items():
        assert "Child A" in text or name in ("possible_duplicates.csv", "rejected.csv"), name
        assert "key to the anonymisation" not in text.lower(), name
        assert "family workbook" not in text.lower(), name
        assert "Kayden" not in text, name


def test_no_event_source_or_rejection_lost(sample_run: MergeRun, written: list[Path]) -> None:
    out = written[0].parent
    integrated = list(
        csv.DictReader(io.StringIO((out / "integrated.csv").read_text(encoding="utf-8-sig")))
    )
    sources = list(csv.DictReader(io.StringIO((out / "sources.csv").read_text("utf-8-sig"))))
    rejected = list(csv.DictReader(io.StringIO((out / "rejected.csv").read_text("utf-8-sig"))))
    events = sample_run.integration.events
    assert len(integrated) == len(events)
    assert len(sources) == sum(len(e.sources) for e in events)
    assert len(rejected) == len(sample_run.rejections)
    assert len({r["event_id"] for r in integrated}) == len(events)
    assert len({r["source_key"] for r in sources}) == len(sources)
    book = openpyxl.load_workbook(out / "integrated.xlsx")
    assert book["Integrated chronology"].max_row == len(events) + 1
    assert book["Sources"].max_row == len(sources) + 1


def test_dates_are_month_and_year_and_sheet_names_pseudonymised(written: list[Path]) -> None:
    out = written[0].parent
    rows = list(csv.DictReader(io.StringIO((out / "integrated.csv").read_text("utf-8-sig"))))
    assert {r["date_precision"] for r in rows} <= {"month", "year"}
    # Written as partial dates ("2017-03"), never as a full date a spreadsheet reads as exact.
    assert all(re.fullmatch(r"\d{4}(-\d{2})?", r["date"]) for r in rows)
    assert all(r["time"] == "" for r in rows)
    sources = (out / "sources.csv").read_text("utf-8-sig")
    # Files are numbered (their names are agencies' free text); sheets keep pseudonyms.
    assert re.search(r"File \d+\.xlsx,Child A,", sources)
    assert re.search(r"File \d+\.xlsx,Mother's partner,", sources)
    assert "chronology.xlsx" not in sources
    assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", sources)


def test_metadata_stripped(written: list[Path]) -> None:
    out = written[0].parent
    for name in ("integrated.xlsx", "integrated.docx"):
        with zipfile.ZipFile(out / name) as archive:
            core = archive.read("docProps/core.xml").decode()
        assert "<dc:title>" not in core and "<dc:creator>" not in core
        assert "Integrated chronology" not in core


def test_register_saved_reloaded_and_reviewer_pseudonym_honoured(
    sample_run: MergeRun, written: list[Path], tmp_path: Path
) -> None:
    register_path = written[6]
    data = json.loads(register_path.read_text(encoding="utf-8"))
    by_key = {e["key"]: e for e in data["entries"]}
    assert by_key["person:P1"]["pseudonym"] == "Child A"
    assert any(e["kind"] == "practitioner" and "Amy Clarke" in e["names"] for e in data["entries"])
    by_key["person:P1"]["pseudonym"] = "Child J"
    by_key["person:P6"]["names"].append("Leeroy")
    register_path.write_text(json.dumps(data), encoding="utf-8")
    register = load_register(register_path.with_name("family.xlsx"), register_path, TODAY)
    anonymised, report = anonymise_run(sample_run, register, "month", today=TODAY)
    texts = [e.event_text for e in anonymised.integration.events]
    assert any("Child J" in t for t in texts)
    assert not any("Child A" in t for t in texts)
    before = {e.key: e.pseudonym for e in register.entries}
    again = load_register(register_path.with_name("family.xlsx"), register_path, TODAY)
    assert before["person:P6"] == "Mother's partner"
    assert {e.key: e.pseudonym for e in again.entries if e.key in before} == {
        k: v for k, v in before.items() if again.get(k) is not None
    }
    assert report.counts["events"] == len(sample_run.integration.events)


def test_age_mode(sample_run: MergeRun) -> None:
    register = load_register(DEMO_DIR / "family.xlsx", Path("/nonexistent.json"), TODAY)
    anonymised, _ = anonymise_run(sample_run, register, "age", today=TODAY)
    events = anonymised.integration.events
    assert {e.date_precision for e in events} == {"year"}
    assert all(e.age for e in events)
    texts = " ".join(e.event_text + " " + e.outcome for e in events)
    assert "when Child A was" in texts
    assert not re.search(
        r"\b(?:January|February|March|April|June|July|August|September|"
        r"October|November|December) 20\d\d\b",
        texts,
    )


def test_leak_check_finds_a_planted_name(written: list[Path], tmp_path: Path) -> None:
    register = load_register(written[6].with_name("family.xlsx"), written[6], TODAY)
    planted = tmp_path / "planted.csv"
    planted.write_text("event_text\nSeen with Tylor at 27 Brook Street; tel 07700 900782\n")
    leaks = find_leaks([planted], register)
    assert any("Tylor" in leak for leak in leaks)
    assert any("Brook Street" in leak for leak in leaks)
    assert any("07700900782" in leak for leak in leaks)
    assert issubclass(LeakError, ValueError)
