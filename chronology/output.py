"""Writing machine-readable outputs that are also safe to open in Excel.

Agency text can begin with `=`, `+`, `-` or `@`; a spreadsheet opening our CSV would run it as a
formula (CSV injection). Following OWASP, such text is prefixed with an apostrophe, which Excel
shows as plain text; numbers and ISO dates are left alone.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would treat as a formula, made inert; other values unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> int:
    """Write UTF-8 CSV (with BOM, so Excel reads accents correctly); returns the row count."""
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), extrasaction="raise")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: neutralise(value) for key, value in row.items()})
            count += 1
    return count
