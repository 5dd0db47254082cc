"""Issue 16, the workbook writer made fast: what its shortcuts must not change.

The writer works out each row's formats once per kind of row and writes runs of cells sharing a
format together, measures wrapped text with a one-line shortcut for short cells, and streams
the Sources sheet without the keys it never shows. These tests pin what a reader sees: bold
only where it means something, every cell (blank ones too) in its agency's colour, dates in
their precision's format, rows tall enough for their text, and text that looks like a formula
stored as text on every sheet.
"""

from __future__ import annotations

import datetime as dt
import random
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from chronology.classify import Classification
from chronology.colours import agency_colours
from chronology.export_tables import SOURCE_COLUMNS, source_rows
from chronology.export_xlsx import (
    LINE_PT,
    MAIN_COLUMNS,
    MAX_ROW_PT,
    POSSIBLE_SHEET,
    REJECTED_SHEET,
    SOURCE_SHEET,
    Column,
    row_height,
    wrapped_lines,
    write_integrated_xlsx,
)
from chronology.integrate import IntegratedEvent, Integration, PossibleDuplicate
from chronology.schema import Event, Provenance, Rejection

SHEETS = ["Integrated chronology", "Legend", "Sources", "Rejected rows", "Possible duplicates"]
LONG = "The social worker visited the family home and spoke with the child alone about school " * 3


def _source(agency: str, row: int, text: str, **fields: object) -> Event:
    return Event(
        source=Provenance(f"{agency}.xlsx", "Log", row),
        agency=agency,
        date=fields.pop("date", dt.date(2019, 3, 14)),  # type: ignore[arg-type]
        date_precision=fields.pop("date_precision", "day"),  # type: ignore[arg-type]
        event_text=text,
        **fields,  # type: ignore[arg-type]
    )


def _event(sources: tuple[Event, ...], key: bool, **fields: object) -> IntegratedEvent:
    first = sources[0]
    return IntegratedEvent(
        event_id=f"E{first.source.row:010d}",
        date=first.date,
        date_precision=first.date_precision,
        time=first.time,
        agencies=tuple(dict.fromkeys(s.agency for s in sources)),
        event_type=first.event_type,
        event_text=max((s.event_text for s in sources), key=len),  # the fullest account
        outcome=str(fields.get("outcome", "")),
        classification=Classification(
            category="police_incident" if key else "routine",
            categories=("police_incident",) if key else (),
            is_key_event=key,
            reason="",
            tier="critical" if key else "background",
        ),
        category_reason="",
        sources=sources,
    )


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    police = _source("Police", 2, '=HYPERLINK("http://x","click")', reference="+44 1234")
    health = _source("Health", 3, "Seen in A&E: " + LONG)
    plain = _source("Health", 4, "Routine visit", date=dt.date(2017, 3, 1), date_precision="month")
    lined = _source(
        "Police", 5, "short\nlines\nhere", date=dt.date(2016, 1, 1), date_precision="year"
    )
    events = [
        _event((police, health), key=True),  # multi-agency key event
        _event((plain,), key=False),
        _event((lined,), key=False, outcome="@SUM(A1)"),
    ]
    integration = Integration(
        events=events,
        possible=[
            PossibleDuplicate(events[0].event_id, events[1].event_id, 0.456, ("-1",), police, plain)
        ],
        event_of_source={},
    )
    rejections = [Rejection(Provenance("GP.csv", "", 7), "=no date", {"Date": "-2+3"})]
    path = tmp_path_factory.mktemp("issue16") / "integrated.xlsx"
    write_integrated_xlsx(integration, rejections, path)
    return path


def _fill(cell: Any) -> str:
    return str(cell.fill.fgColor.rgb)[-6:]


def test_bold_only_on_a_multi_agency_rows_agency_and_a_key_events_category(workbook: Path) -> None:
    sheet = openpyxl.load_workbook(workbook)["Integrated chronology"]
    titles = [c.title for c in MAIN_COLUMNS]
    agency, key = titles.index("Agency"), titles.index("Key event")
    first = list(sheet[2])
    assert first[agency].value.startswith("Multi-agency (2)")
    assert first[key].value.startswith("Critical: ")
    assert [c.font.b for c in first] == [i in (agency, key) for i in range(len(titles))]
    assert not any(c.font.b for row in sheet.iter_rows(min_row=3) for c in row)


def test_every_cell_of_a_row_takes_its_first_agencys_colour(workbook: Path) -> None:
    sheet = openpyxl.load_workbook(workbook)["Integrated chronology"]
    colours = {a: c.lstrip("#").upper() for a, c in agency_colours(["Police", "Health"]).items()}
    leads = ["Police", "Health", "Police"]
    for row, lead in zip(sheet.iter_rows(min_row=2), leads, strict=True):
        assert len(row) == len(MAIN_COLUMNS)
        assert {_fill(c).upper() for c in row} == {colours[lead]}  # blank cells too
        assert all(c.alignment.wrap_text and c.alignment.vertical == "top" for c in row)


def test_dates_are_date_cells_in_their_precision_on_every_sheet(workbook: Path) -> None:
    book = openpyxl.load_workbook(workbook)
    main = [(c.value, c.number_format) for c in book["Integrated chronology"]["A"][1:]]
    assert main == [
        (dt.datetime(2019, 3, 14), "dd/mm/yyyy"),
        (dt.datetime(2017, 3, 1), "mm/yyyy"),
        (dt.datetime(2016, 1, 1), "yyyy"),
    ]
    sources = book["Sources"]
    at = [c.title for c in SOURCE_SHEET].index("date") + 1
    formats = [sources.cell(r, at).number_format for r in range(2, sources.max_row + 1)]
    assert formats == ["dd/mm/yyyy", "dd/mm/yyyy", "mm/yyyy", "yyyy"]
    possible = book["Possible duplicates"]
    titles = [c.title for c in POSSIBLE_SHEET]
    row = {t: possible.cell(2, i + 1) for i, t in enumerate(titles)}
    assert row["score"].value == 0.46 and row["score"].data_type == "n"
    assert (row["first_date"].number_format, row["second_date"].number_format) == (
        "dd/mm/yyyy",
        "mm/yyyy",
    )


def test_rows_are_as_tall_as_their_printed_text(workbook: Path) -> None:
    book = openpyxl.load_workbook(workbook)
    main = book["Integrated chronology"]
    long_lines = wrapped_lines("Seen in A&E: " + LONG, 58, bold=True)  # a multi-agency row
    assert main.row_dimensions[2].height == long_lines * LINE_PT + 3
    assert main.row_dimensions[3].height is None  # one line: the default height
    assert main.row_dimensions[4].height == 3 * LINE_PT + 3  # short, but three lines
    sources = book["Sources"]
    assert sources.row_dimensions[3].height == wrapped_lines("Seen in A&E: " + LONG, 50) * 15 + 3
    assert sources.row_dimensions[4].height is None


def test_text_that_looks_like_a_formula_is_text_on_every_sheet(workbook: Path) -> None:
    book = openpyxl.load_workbook(workbook)
    assert book.sheetnames == SHEETS
    looks = [
        c
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@"))
    ]
    found = {c.parent.title for c in looks}
    assert {"Integrated chronology", "Sources", "Rejected rows", "Possible duplicates"} <= found
    assert all(c.data_type == "s" for c in looks)
    with zipfile.ZipFile(workbook) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == len(SHEETS)
        assert all(b"<f>" not in archive.read(n) for n in sheets)
        assert all(b"<hyperlink" not in archive.read(n) for n in sheets)


def test_an_empty_integration_writes_every_sheet_with_its_header(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    write_integrated_xlsx(Integration(events=[], possible=[], event_of_source={}), [], path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == SHEETS
    for name, columns in (
        ("Integrated chronology", MAIN_COLUMNS),
        ("Sources", SOURCE_SHEET),
        ("Rejected rows", REJECTED_SHEET),
        ("Possible duplicates", POSSIBLE_SHEET),
    ):
        assert [c.value for c in book[name][1]] == [c.title for c in columns]
        assert book[name].max_row == 1


def _reference_height(values: list[object], columns: tuple[Column, ...], bold: bool) -> float:
    lines = max(
        [1]
        + [
            wrapped_lines(v, c.width, bold)
            for v, c in zip(values, columns, strict=True)
            if c.printed and isinstance(v, str) and v
        ]
    )
    return min(MAX_ROW_PT, lines * LINE_PT + (3.0 if lines > 1 else 0.0))


def test_row_height_is_the_tallest_printed_cells_wrapped_lines() -> None:
    """The per-sheet measuring and its one-line shortcut agree with `wrapped_lines` cell by
    cell: texts around each column's capacity, with and without line breaks, long words."""
    rng = random.Random(16)
    words = ["a", "of", "the", "child", "visited", "safeguarding", "x" * 70, "\n", ""]
    for _ in range(2000):
        values: list[object] = []
        for column in MAIN_COLUMNS:
            kind = rng.random()
            if kind < 0.1:
                values.append(3)
            elif kind < 0.3:
                values.append("y" * rng.randint(int(column.width) - 2, int(column.width * 1.1) + 2))
            else:
                text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
                values.append(text.replace(" \n ", "\n"))
        for bold in (False, True):
            assert row_height(values, MAIN_COLUMNS, bold) == _reference_height(
                values, MAIN_COLUMNS, bold
            )
    with pytest.raises(ValueError):
        row_height(["one"], MAIN_COLUMNS)


def test_sources_sheet_rows_say_what_sources_csv_says() -> None:
    police = _source("Police", 2, "Arrest", extra={"Officer": "PC 1"}, warnings=("late",))
    integration = Integration(events=[_event((police,), key=True)], possible=[], event_of_source={})
    (full,) = source_rows(integration)
    (slim,) = source_rows(integration, keys=False)
    assert list(full) == list(SOURCE_COLUMNS) == list(slim)
    hidden = {"source_key", "fingerprint", "extra"}
    assert {k: v for k, v in full.items() if k not in hidden} == {
        k: v for k, v in slim.items() if k not in hidden
    }
    assert full["fingerprint"] and full["extra"] and full["source_key"] == "Police.xlsx|Log|2"
    assert not any(slim[k] for k in hidden)


def test_a_text_over_excels_limit_is_cut_short_and_the_rest_of_its_row_kept(
    tmp_path: Path,
) -> None:
    """xlsxwriter's write_row stops at a cell it had to cut short (Excel holds 32,767
    characters); the writer must still write the cells after it."""
    huge = "word " * 8000  # 40,000 characters
    source = _source("Police", 2, huge, outcome="Arrested", significance="Risk to the child")
    event = _event((source,), key=True, outcome="Arrested")
    path = tmp_path / "huge.xlsx"
    write_integrated_xlsx(Integration(events=[event], possible=[], event_of_source={}), [], path)
    book = openpyxl.load_workbook(path)
    main = {
        c.title: cell.value
        for c, cell in zip(MAIN_COLUMNS, book["Integrated chronology"][2], strict=True)
    }
    assert len(main["Event"]) == 32767 and huge.startswith(main["Event"])
    assert main["Outcome / action"] == "Arrested"
    assert main["Key event"] == "Critical: Police incident"
    assert main["Event ID"] == event.event_id
    sources = {
        c.title: cell.value for c, cell in zip(SOURCE_SHEET, book["Sources"][2], strict=True)
    }
    assert len(sources["event_text"]) == 32767
    assert (sources["outcome"], sources["significance"]) == ("Arrested", "Risk to the child")
    assert sources["event_id"] == event.event_id
    assert book["Integrated chronology"].row_dimensions[2].height >= MAX_ROW_PT - 1  # in pixels
