"""`cspr genogram`, registered on a parser of our own exactly as the main CLI will."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import openpyxl
import pytest

from chronology.errors import InputError
from cspr.cli import DEMO_DIR
from genogram.cli import add_genogram_command
from tests.builders import write_xlsx

SAMPLE = DEMO_DIR / "family.xlsx"


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="cspr")
    subparsers = parser.add_subparsers(dest="command", required=True)
    add_genogram_command(subparsers)
    args = parser.parse_args(["genogram", *argv])
    return args.func(args)


@pytest.mark.parametrize("suffix", [".svg", ".png", ".pdf", ".json", ".ged"])
def test_every_format_from_the_extension(
    tmp_path: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"genogram{suffix}"
    assert run(str(SAMPLE), "--out", str(out)) == 0
    magic = {".svg": b"<?xml", ".png": b"\x89PNG", ".pdf": b"%PDF-", ".json": b"{",
             ".ged": b"0 HEAD"}  # fmt: skip
    assert out.read_bytes().startswith(magic[suffix])
    assert capsys.readouterr().out == f"genogram of 9 people written to {out}\n"


def test_anonymised_as_at_with_a_uk_date(tmp_path: Path) -> None:
    out = tmp_path / "g.json"
    assert run(str(SAMPLE), "--out", str(out), "--anonymise", "--as-at", "01/01/2018") == 0
    data = json.loads(out.read_text())
    assert data["anonymised"] and data["as_at"] == "2018-01"
    assert "half-sibling-1" not in {p["id"] for p in data["people"]}  # not born yet
    household = next(h for h in data["households"] if "child-a" in h["members"])
    assert "mothers-partner" not in household["members"]  # had not moved in


def test_subject_option(tmp_path: Path) -> None:
    out = tmp_path / "g.json"
    assert run(str(SAMPLE), "--out", str(out), "--subject", "P2", "--anonymise") == 0
    people = {p["id"]: p for p in json.loads(out.read_text())["people"]}
    assert people["child-a"]["subject"] and people["child-a"]["generation"] == 2


def test_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "blank.xlsx"
    assert run("--template", str(out)) == 0
    assert openpyxl.load_workbook(out).sheetnames == ["People", "Relationships", "Guide"]
    assert "blank family workbook written" in capsys.readouterr().out


MISTAKES = [
    ([str(SAMPLE)], "--out FILE is required"),
    ([], "give a family workbook"),
    ([str(SAMPLE), "--out", "g.docx"], "--out must end in .svg, .png, .pdf, .json, .ged"),
    (["--as-at", "2018"], "--as-at '2018' must be a whole date"),
    (["--as-at", "31/02/2018"], "--as-at: date '31/02/2018' does not exist"),
    (["--as-at", "01/01/2010"], "before the subject child was born"),
    (["--subject", "P99"], "--subject 'P99' is not in the People sheet"),
    (["--template", "t.xlsx", "--out", "g.svg"], "--template takes no family workbook"),
    (["--template", "t.csv"], "--template must end in .xlsx"),
    (["missing.xlsx", "--out", "g.svg"], "missing.xlsx: file not found"),
]


@pytest.mark.parametrize(("argv", "message"), MISTAKES)
def test_mistakes_raise_one_line_value_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    if argv and argv[0] in ("--as-at", "--subject"):
        argv = [str(SAMPLE), "--out", "g.svg", *argv]
    with pytest.raises(ValueError) as caught:
        run(*argv)
    # As the command line prints it: a domain error names its input as the flag (issue 17).
    error = caught.value
    shown = error.as_flag() if isinstance(error, InputError) else str(error)
    assert message in shown and "\n" not in shown


def test_a_bad_row_is_named_with_sheet_and_row(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "family.xlsx",
        {
            "People": [["person_id", "name", "role"], ["A", "Ann", "subject child"]],
            "Relationships": [["person_a", "person_b", "type"], ["A", "B", "parent"]],
        },
    )
    with pytest.raises(ValueError, match=r"^family.xlsx: Relationships row 2: person_b 'B' is not"):
        run(str(path), "--out", str(tmp_path / "g.svg"))
