"""Real agency returns: text columns that name significance, dates found by their cells,
two-row headers, two date columns, Word tables, refused formats (issue 10)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from docx.shared import Pt

from chronology.filesafety import IngestError
from chronology.ingest import read_chronology
from tests.builders import write_xlsx

TODAY = dt.date(2026, 11, 30)


def fields(result, name: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        m.header: m.field or "extra"
        for m in next(s for s in result.sheets if s.name == name).columns
    }


def test_text_header_naming_significance_keeps_the_text_beside_a_short_service_column(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Date", "Service", "Details of contact and its significance"],
        [
            "04/05/2019",
            "Health Visiting",
            "New birth visit; mother tearful, EPDS 14, referred to GP.",
        ],
        ["11/06/2019", "Health Visiting", "No access visit; card left. Second missed contact."],
    ]
    result = read_chronology(write_xlsx(tmp_path / "hv.xlsx", {"HV": rows}), today=TODAY)
    assert [e.event_text for e in result.events] == [rows[1][2], rows[2][2]]
    assert all(e.extra == {"Service": "Health Visiting"} for e in result.events)
    report = result.mapping_report()
    assert "event text: 'Details of contact and its significance' (mean " in report
    assert "leading word ('details')" in report


def test_a_much_longer_unclaimed_column_takes_the_event_text_by_content(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Date", "Notes", "Record"],
        [
            "04/05/2019",
            "HV",
            "Home visit: bruise to left cheek seen, mother says the dog jumped up.",
        ],
        [
            "05/05/2019",
            "HV",
            "Telephone call to GP to share the concern; GP to see child tomorrow.",
        ],
    ]
    rows[0][2] = "Running log"  # a header no rule knows
    result = read_chronology(write_xlsx(tmp_path / "log.xlsx", {"Log": rows}), today=TODAY)
    assert [e.event_text for e in result.events] == [rows[1][2], rows[2][2]]
    assert fields(result, "Log") == {"Date": "date", "Notes": "extra", "Running log": "event_text"}
    assert (
        "holds the most text (mean 68 characters against 2 in 'Notes')" in result.mapping_report()
    )


def test_a_date_time_column_with_no_date_header_is_found_by_its_cells(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Arrival", "Presenting complaint", "Disposal"],
        [dt.datetime(2024, 3, 12, 14, 35), "Head injury, fell from sofa", "Home"],
        ["13/03/2024 02:10", "Burn to hand, kettle", "Referred to CSC"],
        ["not recorded", "Fever", "Home"],
    ]
    result = read_chronology(write_xlsx(tmp_path / "ed.xlsx", {"ED": rows}), today=TODAY)
    assert [(e.date, e.time) for e in result.events] == [
        (dt.date(2024, 3, 12), dt.time(14, 35)),
        (dt.date(2024, 3, 13), dt.time(2, 10)),
    ]
    assert [r.source.row for r in result.rejections] == [4]
    assert "cells are dates" in result.mapping_report()


def test_the_occurrence_date_wins_over_the_date_recorded(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Date recorded", "Date of contact", "Details"],
        ["09/05/2019", "04/05/2019", "Strategy discussion held"],
    ]
    result = read_chronology(write_xlsx(tmp_path / "two.xlsx", {"S": rows}), today=TODAY)
    (event,) = result.events
    assert event.date == dt.date(2019, 5, 4)
    assert event.extra == {"Date recorded": "09/05/2019"}
    rows[0][1] = "Contact"  # only the recording date now: it is used
    result = read_chronology(write_xlsx(tmp_path / "one.xlsx", {"S": rows}), today=TODAY)
    assert result.events[0].date == dt.date(2019, 5, 9)


def test_two_row_header_with_merged_group_cells(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Northshire Police chronology", None, None, None],
        ["Date/Time", None, "Contact", None],
        ["Date", "Time", "Type", "Details"],
        ["04/05/2019", "22:15", "DA incident", "Call from neighbour; shouting heard."],
        ["Date/Time", None, "Contact", None],
        ["Date", "Time", "Type", "Details"],
        ["05/05/2019", "0930hrs", "Visit", "Welfare check at the address."],
    ]
    merges = {"P": ["A1:D1", "A2:B2", "C2:D2", "A5:B5", "C5:D5"]}
    result = read_chronology(write_xlsx(tmp_path / "p.xlsx", {"P": rows}, merges), today=TODAY)
    assert [(e.date, e.time, e.event_type) for e in result.events] == [
        (dt.date(2019, 5, 4), dt.time(22, 15), "DA incident"),
        (dt.date(2019, 5, 5), dt.time(9, 30), "Visit"),
    ]
    assert not result.rejections
    sheet = result.sheets[0]
    assert (sheet.header_row, sheet.header_rows, sheet.repeated_headers) == (2, 2, 2)
    assert fields(result, "P") == {
        "Date/Time > Date": "date",
        "Date/Time > Time": "time",
        "Contact > Type": "event_type",
        "Contact > Details": "event_text",
    }


def test_two_row_header_in_csv_names_under_blank_group_cells(tmp_path: Path) -> None:
    path = tmp_path / "yjs.csv"
    path.write_text(
        "Date/Time,,Details,Worker\nDate,Time,,\n04/05/2019,14:35,Seen at home,YJ officer\n",
        encoding="utf-8",
    )
    result = read_chronology(path, today=TODAY)
    (event,) = result.events
    assert (event.time, event.event_text, event.practitioner) == (
        dt.time(14, 35),
        "Seen at home",
        "YJ officer",
    )
    assert not result.rejections


def _word_return(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Agency chronology: Midwifery", 1)
    document.add_paragraph("Document control")
    control = document.add_table(rows=2, cols=4)
    for cell, text in zip(
        control.rows[0].cells, ["Version", "Date", "Author", "Comments"], strict=True
    ):
        cell.text = text
    for cell, text in zip(
        control.rows[1].cells, ["0.1", "01/11/2026", "A. Author", "Draft"], strict=True
    ):
        cell.text = text
    document.add_paragraph("Chronology of involvement")
    table = document.add_table(rows=5, cols=4)
    header = table.rows[0].cells
    for cell, text in zip(header, ["Date", "Time", "Details of contact", "Outcome"], strict=True):
        cell.text = text
    first = table.rows[1].cells
    first[0].text = "03/02/2020"
    first[1].text = "10:00"
    first[2].text = "Booking appointment."
    first[2].add_paragraph("Mother disclosed previous DA with ex-partner.")
    first[3].text = "Referral to IDVA"
    second = table.rows[2].cells
    second[0].text = "17/02/2020"
    second[2].text = "Antenatal check; all well."
    # A date written once for two entries: merged down over rows 2 and 3.
    table.cell(2, 0).merge(table.cell(3, 0))
    table.rows[3].cells[2].text = "Later the same day: phone call from GP."
    # An outcome spanning the last two columns of row 4.
    merged = table.cell(4, 2).merge(table.cell(4, 3))
    table.rows[4].cells[0].text = "Spring 2020"
    merged.text = "Missed appointment"
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(10)
    document.add_paragraph("Sign-off")
    signoff = document.add_table(rows=2, cols=2)
    signoff.rows[0].cells[0].text = "Signed"
    signoff.rows[0].cells[1].text = "Date"
    signoff.rows[1].cells[1].text = "30/11/2026"
    document.save(str(path))
    return path


def test_word_table_is_read_among_document_control_and_sign_off_tables(tmp_path: Path) -> None:
    result = read_chronology(
        _word_return(tmp_path / "return.docx"), agency="Midwifery", today=TODAY
    )
    assert [s.name for s in result.sheets] == ["Table 1", "Table 2", "Table 3"]
    assert "document control" in result.sheets[0].note
    assert result.sheets[2].header_row is None
    events = {e.source.row: e for e in result.events}
    assert set(events) == {2, 3, 4}
    assert all(e.source.sheet == "Table 2" for e in result.events)
    assert events[2].event_text == (
        "Booking appointment.\nMother disclosed previous DA with ex-partner."
    )
    assert events[2].time == dt.time(10, 0) and events[2].outcome == "Referral to IDVA"
    assert events[3].date == events[4].date == dt.date(2020, 2, 17)  # the merged date
    assert "merged" in " ".join(events[4].warnings)
    (rejected,) = result.rejections
    assert rejected.source.row == 5 and "vague" in rejected.reason
    assert rejected.raw == {"Date": "Spring 2020", "Details of contact": "Missed appointment"}
    assert rejected.message().startswith("return.docx, table 2, row 5: ")


def test_old_word_and_other_formats_get_a_one_line_instruction(tmp_path: Path) -> None:
    old = tmp_path / "return.doc"
    old.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600)
    with pytest.raises(IngestError, match=r"^return.doc: unsupported file type '.doc': save it as"):
        read_chronology(old, today=TODAY)
    disguised = tmp_path / "return2.docx"
    disguised.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600)
    with pytest.raises(IngestError, match=r"Word 97-2003 .* save it as \.docx"):
        read_chronology(disguised, today=TODAY)
    text = tmp_path / "notes.txt"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(IngestError, match=r"save it as \.csv, \.xlsx or \.docx"):
        read_chronology(text, today=TODAY)


def test_page_lines_skipped_sign_off_and_headings_rejected_with_their_reason(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Date", "Contact type", "Summary of contact", "Worker"],
        ["Community Order (12 months) imposed 15/06/2022", None, None, None],
        ["20/06/2022", "Induction", "Induction appointment; risks discussed.", "PP1"],
        ["02/04/2024", "Sentencing: 26 weeks' custody suspended", None, "PP2"],
        ["Page 1 of 2", None, None, None],
        ["Completed by: J. Smith, Senior PP", None, None, None],
        ["04/04/2024", None, None, None],
    ]
    merges = {"P": ["A2:D2", "B4:C4"]}
    result = read_chronology(write_xlsx(tmp_path / "p.xlsx", {"P": rows}, merges), today=TODAY)
    events = {e.source.row: e for e in result.events}
    # A cell merged across the type and text columns is the entry's text.
    assert (events[4].event_text, events[4].event_type) == (rows[3][1], "")
    reasons = {r.source.row: r.reason for r in result.rejections}
    assert reasons == {
        2: "a heading written across the table, not an entry",
        6: "sign-off line, not an entry",
        7: "no event text (the row has a date but no entry)",
    }
    assert result.sheets[0].page_lines == 1
    assert "1 page lines skipped" in result.mapping_report()


def test_a_dated_row_is_never_taken_for_the_header(tmp_path: Path) -> None:
    """A MASH return whose text header no rule knows: the first entry once became the header
    (its date cell "found by content") and vanished from every output."""
    rows: list[list[object]] = [
        ["Westrow MASH research", None, None, None],
        ["Date", "Agency", "Source consulted", "Information shared"],
        ["15/08/2024", "Police", "Niche", "Concern for welfare call; no children seen."],
        ["12/04/2025", "Health - School Nursing", "SystmOne", "Height and weight normal."],
    ]
    result = read_chronology(write_xlsx(tmp_path / "mash.xlsx", {"M": rows}), today=TODAY)
    assert result.sheets[0].header_row == 2
    assert [(e.source.row, e.agency) for e in result.events] == [
        (3, "Police"),
        (4, "School Nursing"),
    ]
    assert result.events[1].extra["Agency"] == "Health - School Nursing"


def test_a_dated_entry_above_the_header_is_rejected_not_dropped(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["01/02/2024", "Phone call", "Mother rang about the appointment"],
        ["Date", "Type", "Details"],
        ["02/02/2024", "Visit", "Home visit"],
    ]
    result = read_chronology(write_xlsx(tmp_path / "odd.xlsx", {"S": rows}), today=TODAY)
    (rejected,) = result.rejections
    assert rejected.source.row == 1 and "above the table's header (row 2)" in rejected.reason


def test_blank_occurrence_date_names_the_reported_date_but_never_uses_it(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Occurrence No.", "Reported", "Occurred", "Summary"],
        ["WP/1", dt.datetime(2025, 4, 12, 23, 47), dt.datetime(2025, 4, 12, 23, 15), "DA call"],
        ["WP/2", dt.datetime(2025, 4, 17, 10, 5), None, "Breach of bail reported"],
    ]
    result = read_chronology(write_xlsx(tmp_path / "police.xlsx", {"O": rows}), today=TODAY)
    (event,) = result.events
    assert (event.date, event.time) == (dt.date(2025, 4, 12), dt.time(23, 15))
    assert event.extra["Reported"] == "12/04/2025 23:47"
    (rejected,) = result.rejections
    assert rejected.reason == (
        "no date in 'Occurred' ('Reported' says 17/04/2025 10:05; give the date it happened)"
    )


def test_case_note_header_naming_analysis_and_impact_is_the_text(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Case note date", "Note type", "Case note (incl. analysis and impact)"],
        ["14/04/2025", "Home visit", "Announced visit; children seen together, home cold."],
    ]
    result = read_chronology(write_xlsx(tmp_path / "csc.xlsx", {"C": rows}), today=TODAY)
    assert result.events[0].event_text == rows[1][2]


def test_a_year_merged_across_a_word_table_is_a_heading(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Date", "Event", "Risk"], strict=True):
        cell.text = text
    year = table.cell(1, 0).merge(table.cell(1, 2))
    year.text = "2025"
    for cell, text in zip(
        table.rows[2].cells, ["02.09.2025", "ASB at the bus station", "Peers"], strict=True
    ):
        cell.text = text
    document.save(str(tmp_path / "yjs.docx"))
    result = read_chronology(tmp_path / "yjs.docx", today=TODAY)
    assert [e.source.row for e in result.events] == [3]
    assert [(r.source.row, r.reason) for r in result.rejections] == [
        (2, "a heading written across the table, not an entry")
    ]


def test_a_date_range_is_refused_with_a_reason_to_act_on(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Date", "Details"], ["08/05/2026 - 22/05/2026", "Admission"]]
    result = read_chronology(write_xlsx(tmp_path / "r.xlsx", {"R": rows}), today=TODAY)
    assert result.rejections[0].reason == (
        "date '08/05/2026 - 22/05/2026' is a range; give the day it happened, one row a day"
    )


def test_a_mapping_header_row_that_does_not_fit_a_sheet_is_not_trusted(tmp_path: Path) -> None:
    from chronology.columns import SavedMapping

    rows: list[list[object]] = [
        ["Date", "Details"],
        ["04/05/2019", "Home visit"],
        ["05/05/2019", "Phone call"],
    ]
    path = write_xlsx(tmp_path / "m.xlsx", {"S": rows})
    result = read_chronology(path, mapping=SavedMapping(header_row=2), today=TODAY)
    assert [e.source.row for e in result.events] == [2, 3]  # row 2 is an entry, not a header
    assert "header row 2 does not fit this sheet" in result.mapping_report()
    beyond = read_chronology(path, mapping=SavedMapping(header_row=90), today=TODAY)
    assert [e.source.row for e in beyond.events] == [2, 3]
    assert "header row 90 does not fit this sheet" in beyond.mapping_report()
    notes = write_xlsx(tmp_path / "n.xlsx", {"S": [["Just a note"], ["another note"]]})
    with pytest.raises(IngestError, match=r"header_row 1 finds no chronology table"):
        read_chronology(notes, mapping=SavedMapping(header_row=1), today=TODAY)


def test_cli_ingest_writes_the_readable_files_and_names_the_refused_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cspr.cli import main

    good = write_xlsx(tmp_path / "Police.xlsx", {"S": [["Date", "Details"], ["04/05/2019", "x"]]})
    bad = tmp_path / "Housing.xls"
    bad.write_bytes(b"old")
    assert main(["ingest", str(good), str(bad), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "cspr ingest: error: Housing.xls: unsupported file type '.xls': save it as .xlsx"
    ]
    assert "04/05/2019" in (tmp_path / "out" / "events.csv").read_text(encoding="utf-8-sig")
    # merge: a chronology missing an agency would mislead, so nothing is written
    assert main(["merge", str(good), str(bad), "--out", str(tmp_path / "merged")]) == 2
    assert "nothing was written" in capsys.readouterr().err
    assert not (tmp_path / "merged").exists()


def test_a_limit_that_is_not_a_whole_number_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cspr.cli import main

    good = write_xlsx(tmp_path / "Police.xlsx", {"S": [["Date", "Details"], ["04/05/2019", "x"]]})
    monkeypatch.setenv("CSPR_MAX_FILE_MB", "0.001")
    assert main(["ingest", str(good), "--out", str(tmp_path / "out")]) == 2
    assert "CSPR_MAX_FILE_MB must be a whole number (got '0.001')" in capsys.readouterr().err


def test_titles_notes_and_sign_off_lines_are_kept_as_not_entries_and_never_queried(
    tmp_path: Path,
) -> None:
    """A footer, a note and a sub-heading across the table are not entries: they stay findable
    (rejected.csv, kind 'not an entry'), but no agency is asked to correct them."""
    from chronology.schema import NOT_ENTRY, REFUSED
    from reviews.queries import by_agency

    rows: list[list[object]] = [
        ["Date", "Practitioner", "Details"],
        ["2025"],
        ["04/05/2025", "HV Jones", "Home visit; baby weighed, mother coping."],
        ["sometime in spring", "HV Jones", "Mother phoned about sleep."],
        ["Source: extract from the child health record, 29/11/2026"],
        ["Completed by: R Patel, Named Nurse"],
    ]
    path = write_xlsx(tmp_path / "HV_return.xlsx", {"HV": rows}, merges={"HV": ["A2:C2"]})
    result = read_chronology(path, today=TODAY)
    assert [e.source.row for e in result.events] == [3]
    kinds = {r.source.row: r.kind for r in result.rejections}
    assert kinds == {2: NOT_ENTRY, 4: REFUSED, 5: NOT_ENTRY, 6: NOT_ENTRY}
    assert [r.source.row for r in result.refused] == [4]
    sheet = result.sheets[0]
    assert (sheet.accepted, sheet.rejected, sheet.not_entries) == (1, 1, 3)
    assert "3 lines that are not entries" in result.mapping_report()
    (queries,) = by_agency([result])
    assert queries.rows == 1
    assert "Completed by: R Patel, Named Nurse" in result.rejections[-1].raw.values()


def test_rejected_csv_says_which_rows_are_not_entries(tmp_path: Path) -> None:
    import csv

    from cspr.cli import main

    path = tmp_path / "police.csv"
    path.write_text(
        "Date,Details\n01/02/2025,Officers attended; children safe.\nN/K,Historic call\n"
        "Source: police records system\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["ingest", str(path), "--out", str(out)]) == 0
    with (out / "rejected.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["source_row"], r["kind"]) for r in rows] == [("3", "refused"), ("4", "not an entry")]
    assert "Source: police records system" in rows[1]["raw"]


def test_a_time_column_of_24_hour_clock_numbers_reads_14_as_00_14(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Date of call", "Time of call", "Notes"],
        [dt.datetime(2026, 2, 10), 2331, "Assault; treated at scene."],
        [dt.datetime(2026, 2, 11), 14, "Stab wound; conveyed."],
        [dt.datetime(2026, 2, 12), 845, "Breathing problems; conveyed."],
    ]
    result = read_chronology(write_xlsx(tmp_path / "ambulance.xlsx", {"CAD": rows}), today=TODAY)
    assert [e.time for e in result.events] == [dt.time(23, 31), dt.time(0, 14), dt.time(8, 45)]


def test_a_time_that_cannot_be_read_is_kept_in_extra(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Date", "Time", "Notes"],
        ["10/02/2026", "teatime", "Mother called the duty line."],
    ]
    result = read_chronology(write_xlsx(tmp_path / "duty.xlsx", {"Log": rows}), today=TODAY)
    (event,) = result.events
    assert event.time is None
    assert event.extra == {"Time": "teatime"}
    assert any("teatime" in w for w in event.warnings)


def test_a_part_of_the_day_after_the_date_keeps_the_day_and_the_words(tmp_path: Path) -> None:
    path = tmp_path / "fire_visits.csv"
    path.write_text(
        "Ref,Date/Time,Visit\nSW-1,22/06/2026 @ am,Safe and Well visit\n"
        "SW-2,23/06/2026 @ 14:30,Follow-up visit\nSW-3,24/06/2026 @ teatime,Leaflet left\n",
        encoding="utf-8",
    )
    result = read_chronology(path, today=TODAY)
    got = [(e.date, e.time, e.date_as_written) for e in result.events]
    assert got == [
        (dt.date(2026, 6, 22), None, "22/06/2026 @ am"),
        (dt.date(2026, 6, 23), dt.time(14, 30), "23/06/2026 @ 14:30"),
    ]
    assert [r.source.row for r in result.refused] == [4]


def test_a_hospital_named_by_its_file_is_the_hospital_not_all_of_health() -> None:
    from chronology.agencies import canonical_agency, sector_of

    assert canonical_agency("Westrow General paediatric admissions extract") == "Hospital"
    assert canonical_agency("Northgate Hospital ED") == "Emergency Department"
    assert canonical_agency("County Hospital maternity") == "Midwifery"
    assert sector_of("Hospital") == "Health"


def test_a_month_column_and_a_first_row_of_sentences_never_taken_for_the_header(
    tmp_path: Path,
) -> None:
    """Blind batch 3: under a header 'Month', the first entry's cells (a year typed as a
    number, sentences naming 'date' and 'concerns') were taken for the header and the row was
    in neither output; headers never hold sentences."""
    rows: list[list[object]] = [
        ["ICB Safeguarding Team – summary of health involvement"],
        ["Month", "Health provider", "Summary of contact", "Significance / learning"],
        [2022, "GP", "Seen three times for asthma; immunisations up to date.", "Routine; none."],
        ["Mar-23", "GP", "Started sertraline for low mood; DA enquiry denied.", "Good practice."],
    ]
    result = read_chronology(write_xlsx(tmp_path / "icb.xlsx", {"Health": rows}), today=TODAY)
    assert result.sheets[0].header_row == 2
    got = [(e.source.row, e.date, e.date_precision) for e in result.events]
    assert got == [(3, dt.date(2022, 1, 1), "year"), (4, dt.date(2023, 3, 1), "month")]
    assert fields(result, "Health")["Month"] == "date"


def test_an_end_line_naming_someone_is_kept_as_not_an_entry(tmp_path: Path) -> None:
    path = tmp_path / "yjs.csv"
    path.write_text(
        "Date,Type,Details\n2024-04-09,Session,Did not attend; rearranged.\n\n"
        ",,End of chronology – case manager Ysolde Pengelly\n",
        encoding="utf-8",
    )
    result = read_chronology(path, today=TODAY)
    assert len(result.events) == 1 and result.refused == []
    (line,) = result.rejections
    assert not line.refused and "Ysolde Pengelly" in " ".join(line.raw.values())
