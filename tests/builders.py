"""Small builders for test workbooks and hostile files, made fresh in each test's tmp_path."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl


def write_xlsx(
    path: Path,
    sheets: dict[str, Sequence[Sequence[object]]],
    merges: dict[str, Sequence[str]] | None = None,
    date_format: str = "dd/mm/yyyy",
) -> Path:
    """Write rows as given (None is an empty cell); datetimes get a UK date format."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                cell = sheet.cell(row=r, column=c, value=value)
                if isinstance(value, dt.datetime | dt.date):
                    cell.number_format = date_format
        for ref in (merges or {}).get(name, []):
            sheet.merge_cells(ref)
    workbook.save(path)
    return path


def rezip(source: Path, target: Path, replace: dict[str, bytes], add: dict[str, bytes]) -> Path:
    """Copy a workbook, replacing or adding parts, to build damaged or hostile files."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = replace.get(info.filename, src.read(info.filename))
            dst.writestr(info.filename, data)
        for name, data in add.items():
            dst.writestr(name, data)
    return target


BASIC_ROWS: list[list[object]] = [
    ["Date", "Details", "Outcome"],
    ["04/05/2019", "Home visit by HV", "Seen and well"],
    ["05/05/2019", "Call to police", "NFA"],
]
