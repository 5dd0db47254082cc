"""`cspr anonymise` on a workbook, its one-line errors, and the redaction report's residual
risks."""

from __future__ import annotations

import argparse
import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from anonymise.apply import anonymise_file
from anonymise.cli import add_anonymise_command
from cspr.cli import DEMO_DIR


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    add_anonymise_command(parser.add_subparsers())
    args = parser.parse_args(argv)
    return int(args.func(args))


@pytest.fixture
def family(tmp_path: Path) -> Path:
    target = tmp_path / "review" / "family.xlsx"
    target.parent.mkdir()
    target.write_bytes((DEMO_DIR / "family.xlsx").read_bytes())
    return target


def test_workbook_cells_sheet_names_and_properties(family: Path, tmp_path: Path) -> None:
    out = tmp_path / "pub" / "education.xlsx"
    source = DEMO_DIR / "Education_chronology.xlsx"
    assert _cli(["anonymise", str(source), "--people", str(family), "--out", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Sibling 1", "Child A"]
    cells = " ".join(
        str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
        for v in row if v
    )  # fmt: skip
    for word in ("Tyler", "Kayden", "Westbrook", "Aidan", "Acorns", "Whitfield", "Lowe", "Quinn"):
        assert word not in cells
    assert "primary school" in cells and "Sibling 1" in cells
    with zipfile.ZipFile(out) as archive:
        core = archive.read("docProps/core.xml").decode()
    assert "creator" not in core and "title" not in core
    assert (family.parent / "family.register.json").exists()
    report = out.parent / "education.xlsx.redaction-report.md"
    assert "Residual risks" in report.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "out", "message"),
    [("notes.pdf", "x.pdf", "cannot anonymise a '.pdf' file"),
     ("missing.csv", "x.csv", "no such file"),
     ("chron.csv", "x.xlsx", "must end in .csv")],
)  # fmt: skip
def test_bad_input_is_one_line_value_error(
    family: Path, tmp_path: Path, name: str, out: str, message: str
) -> None:
    source = tmp_path / name
    if name != "missing.csv":
        source.write_text("Date,Entry\n01/02/2020,Seen\n")
    with pytest.raises(ValueError, match=message) as error:
        anonymise_file(source, tmp_path / out, family)
    assert "\n" not in str(error.value)


def test_bad_dates_option_and_missing_people(family: Path, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Kayden seen.")
    with pytest.raises(SystemExit):
        _cli(["anonymise", str(source), "--people", str(family), "--out", "b.txt", "--dates", "x"])
    with pytest.raises(ValueError, match="--people"):
        _cli(["anonymise", str(source), "--people", str(tmp_path / "no.xlsx"), "--out", "b.txt"])


def test_residual_risks_list_unknown_capitalised_words_and_ages(
    family: Path, tmp_path: Path
) -> None:
    source = tmp_path / "note.txt"
    source.write_text(
        "Kayden (6) went to Brackenfield with Zorbagh after the review on 3 May 2019. "
        "He is autistic.",
        encoding="utf-8",
    )
    written = anonymise_file(source, tmp_path / "out.txt", family, today=dt.date(2026, 1, 1))
    assert (tmp_path / "out.txt").read_text(encoding="utf-8").startswith("Child A (6) went to")
    report = written[2].read_text(encoding="utf-8")
    assert "`Brackenfield`" in report and "`Zorbagh`" in report
    assert "### age" in report and "`(6)`" in report
    assert "### rare detail" in report and "autistic" in report
