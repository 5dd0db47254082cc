"""`cspr merge`: the integrated chronology, its files, decisions and safety of the exports."""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
import shutil
import zipfile
from collections import defaultdict
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from chronology.colours import _palette, agency_colours, contrast_with_black
from cspr.cli import DEMO_DIR, demo_files, main
from tests.builders import write_xlsx


def _csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8-sig"))))


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("merged")
    assert main(["merge", *map(str, demo_files()), "--out", str(out)]) == 0
    return out


def test_outputs_and_columns(merged: Path) -> None:
    names = {p.name for p in merged.iterdir()}
    assert {
        "integrated.csv",
        "sources.csv",
        "possible_duplicates.csv",
        "rejected.csv",
        "integrated.xlsx",
        "integrated.docx",
    } <= names
    rows = _csv(merged / "integrated.csv")
    required = {
        "event_id",
        "date",
        "date_precision",
        "time",
        "agencies",
        "event_text",
        "category",
        "categories",
        "is_key_event",
        "category_reason",
        "duplicate_count",
    }
    assert required <= set(rows[0])
    order = [(r["date"], r["time"] or "99:99") for r in rows]
    assert [d for d, _ in order] == sorted(d for d, _ in order)


def test_every_accepted_row_is_in_exactly_one_event(merged: Path) -> None:
    sources = _csv(merged / "sources.csv")
    integrated = {r["event_id"]: r for r in _csv(merged / "integrated.csv")}
    truth = _csv(DEMO_DIR / "ground_truth.csv")
    accepted = {
        (r["source_file"], r["source_sheet"], r["source_row"])
        for r in truth
        if r["status"] == "accepted"
    }
    seen = [(r["source_file"], r["source_sheet"], r["source_row"]) for r in sources]
    assert sorted(seen) == sorted(accepted)
    counts: dict[str, int] = defaultdict(int)
    for row in sources:
        counts[row["event_id"]] += 1
    assert {k: int(v["duplicate_count"]) for k, v in integrated.items()} == dict(counts)
    assert len(_csv(merged / "rejected.csv")) == len(truth) - len(accepted)


def test_duplicates_against_the_ground_truth(merged: Path) -> None:
    truth = {
        f"{r['source_file']}|{r['source_sheet']}|{r['source_row']}": r["occurrence_id"]
        for r in _csv(DEMO_DIR / "ground_truth.csv")
        if r["occurrence_id"]
    }
    event_of = {r["source_key"]: r["event_id"] for r in _csv(merged / "sources.csv")}

    def pairs(groups: dict[str, str]) -> set[frozenset[str]]:
        by: dict[str, list[str]] = defaultdict(list)
        for key, group in groups.items():
            by[group].append(key)
        return {frozenset(p) for keys in by.values() for p in itertools.combinations(keys, 2)}

    true, predicted = pairs(truth), pairs(event_of)
    precision = len(true & predicted) / len(predicted)
    recall = len(true & predicted) / len(true)
    assert precision >= 0.95 and recall >= 0.85, (precision, recall)


def test_multi_agency_strategy_discussion_keeps_every_account(merged: Path) -> None:
    rows = _csv(merged / "integrated.csv")
    strategy = next(r for r in rows if r["date"] == "2018-04-25" and "Police" in r["agencies"])
    assert set(strategy["agencies"].split(";")) >= {"Police", "Children's Social Care", "Health"}
    assert "strategy discussion" in strategy["merge_reasons"]
    texts = [
        s["event_text"]
        for s in _csv(merged / "sources.csv")
        if s["event_id"] == strategy["event_id"]
    ]
    assert len(texts) == int(strategy["duplicate_count"]) >= 4
    assert strategy["event_text"] == max(texts, key=len)  # the fullest account
    assert strategy["category"] == "strategy_discussion"


def test_event_ids_are_stable_across_runs(merged: Path, tmp_path: Path) -> None:
    assert (
        main(
            ["merge", *map(str, reversed(demo_files())), "--out", str(tmp_path), "--formats", "csv"]
        )
        == 0
    )
    first = [r["event_id"] for r in _csv(merged / "integrated.csv")]
    again = [r["event_id"] for r in _csv(tmp_path / "integrated.csv")]
    assert first == again and len(set(first)) == len(first)


def test_decisions_same_different_and_category_survive_a_reupload(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Date", "Time", "Details"],
        ["04/05/2019", "10:00", "Strategy discussion held with police and health"],
        ["04/05/2019", "16:00", "Phoned mother, no answer"],
    ]
    csc = write_xlsx(tmp_path / "CSC.xlsx", {"Log": rows})
    police_rows: list[list[object]] = [
        ["Date", "Time", "Summary"],
        ["04/05/2019", "10:05", "Strat disc with CSC and HV, S47 agreed"],
        ["04/05/2019", "16:10", "Call to mother re bail conditions"],
    ]
    police = write_xlsx(tmp_path / "Police.xlsx", {"Log": police_rows})
    out = tmp_path / "out"
    assert main(["merge", str(csc), str(police), "--out", str(out), "--formats", "csv"]) == 0
    events = _csv(out / "integrated.csv")
    assert len(events) == 3  # the strategy discussion merged, the two calls apart
    sources = {r["source_key"]: r for r in _csv(out / "sources.csv")}
    decisions = tmp_path / "decisions.json"

    def ref(key: str) -> str:
        return f"{key}#{sources[key]['fingerprint']}"

    decisions.write_text(
        json.dumps(
            {
                "different": [[ref("CSC.xlsx|Log|2"), ref("Police.xlsx|Log|2")]],
                "same": [[sources["CSC.xlsx|Log|3"]["fingerprint"], "Police.xlsx|Log|3"]],
                "category": {"Police.xlsx|Log|3": "engagement_with_professionals"},
            }
        )
    )
    # The agency re-uploads with a new first entry: every row moves down one.
    rows.insert(1, ["01/05/2019", "09:00", "Case allocated"])
    write_xlsx(csc, {"Log": rows})
    out2 = tmp_path / "out2"
    assert (
        main(
            [
                "merge",
                str(csc),
                str(police),
                "--out",
                str(out2),
                "--formats",
                "csv",
                "--decisions",
                str(decisions),
            ]
        )
        == 0
    )
    events = _csv(out2 / "integrated.csv")
    assert len(events) == 4
    call = next(e for e in events if "16" in e["time"])
    assert call["agencies"] == "Children's Social Care;Police"  # "same" found by fingerprint
    assert call["category"] == "engagement_with_professionals"
    assert call["category_reason"] == "reviewer decision"
    strategy = [e for e in events if e["time"].startswith("10")]
    assert len(strategy) == 2  # kept apart by the reviewer's "different"


def test_bad_decisions_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    decisions = tmp_path / "d.csv"
    decisions.write_text("decision,rows,category\ncategory,a|b|2,injury\n")
    assert (
        main(
            [
                "merge",
                str(demo_files()[0]),
                "--out",
                str(tmp_path / "o"),
                "--decisions",
                str(decisions),
            ]
        )
        == 2
    )
    assert capsys.readouterr().err.strip() == (
        "cspr merge: error: d.csv, decision 1: 'injury' is not a key-event label"
    )


def test_anonymise_needs_people_then_leaks_no_family_name(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    files = [str(p) for p in demo_files()]
    assert main(["merge", *files, "--out", str(tmp_path / "a"), "--anonymise"]) == 2
    assert "--anonymise needs --people" in capsys.readouterr().err
    family = tmp_path / "family.xlsx"
    shutil.copy(DEMO_DIR / "family.xlsx", family)  # the register (the key) is saved beside it
    out = tmp_path / "published"
    assert main(["merge", *files, "--out", str(out), "--anonymise", "--people", str(family)]) == 0
    names = {
        "Kayden",
        "Tyler",
        "Chelsea",
        "Mitchell",
        "Hughes",
        "Doyle",
        "Liam",
        "Sandra",
        "Danny",
        "Daniel",
        "Larch Close",
        "Amy Clarke",
        "Westbrook",
        "Patel",
    }
    for path in out.iterdir():
        if path.suffix in {".xlsx", ".docx"}:
            with zipfile.ZipFile(path) as archive:
                text = " ".join(
                    archive.read(n).decode("utf-8", "replace") for n in archive.namelist()
                )
        else:
            text = path.read_text("utf-8-sig")
        found = [n for n in names if re.search(rf"\b{n}\b", text, re.IGNORECASE)]
        assert found == [], (path.name, found)
    assert not any(p.name.endswith("register.json") for p in out.iterdir())
    assert len(_csv(out / "sources.csv")) == 156  # no event lost


def test_xlsx_is_colour_coded_frozen_filtered_and_injection_safe(tmp_path: Path) -> None:
    source = DEMO_DIR / "Housing_chronology.xlsx"
    shutil.copy(source, tmp_path / source.name)
    assert (
        main(
            [
                "merge",
                str(tmp_path / source.name),
                "--out",
                str(tmp_path / "o"),
                "--formats",
                "xlsx",
            ]
        )
        == 0
    )
    book = openpyxl.load_workbook(tmp_path / "o" / "integrated.xlsx")
    assert book.sheetnames == [
        "Integrated chronology",
        "Legend",
        "Sources",
        "Rejected rows",
        "Possible duplicates",
    ]
    sheet = book["Integrated chronology"]
    assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref
    assert sheet["A2"].number_format == "dd/mm/yyyy"
    fill = sheet["A2"].fill.fgColor.rgb
    assert fill.endswith(agency_colours(["Housing"])["Housing"].lstrip("#"))
    texts = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    formula_like = [c for c in texts if c.value.startswith(("=", "@", "+"))]
    assert formula_like and all(c.data_type == "s" for c in formula_like)
    with zipfile.ZipFile(tmp_path / "o" / "integrated.xlsx") as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet_xml
    assert book.properties.creator in (None, "")


def test_docx_table_keeps_agency_colours(merged: Path) -> None:
    document = Document(str(merged / "integrated.docx"))
    table = document.tables[0]
    assert len(table.rows) == len(_csv(merged / "integrated.csv")) + 1
    xml = table._tbl.xml
    for colour in agency_colours(["Police", "GP", "Housing"]).values():
        assert f'w:fill="{colour.lstrip("#")}"' in xml
    assert document.core_properties.author == ""


def test_palette_is_readable_with_black_text() -> None:
    palette = _palette()
    for colour in [*palette["agencies"].values(), *palette["spare"]]:
        assert contrast_with_black(colour) >= 7.0, colour
    colours = agency_colours(["Police", "Fire Service", "Ambulance"])
    assert len(set(colours.values())) == 3
