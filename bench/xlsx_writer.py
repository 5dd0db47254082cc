"""The integrated workbook's writer against a bare xlsxwriter write of the same cells.

Merges the scale set once, then times `write_integrated_xlsx` and a bare constant-memory
xlsxwriter write of the same rows (the integrated rows and the source rows as `cspr merge`
writes them to CSV, made into lists before the clock starts: same values, one format, no row
heights, no page setup). The target of
issue 16: the writer within about 1.5x of the bare write. CPU seconds (process time), the
better figure on a busy machine.

    python bench/xlsx_writer.py [--size 20000] [--json bench/results/xlsx_writer.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ingest import _ensure_scale_set, _files  # noqa: E402

from chronology.export_tables import (  # noqa: E402
    INTEGRATED_COLUMNS,
    SOURCE_COLUMNS,
    integrated_row,
    source_rows,
)
from chronology.export_xlsx import write_integrated_xlsx  # noqa: E402
from chronology.filesafety import Limits  # noqa: E402
from chronology.integrate import Integration  # noqa: E402
from chronology.pipeline import merge, read_all  # noqa: E402


def cells(integration: Integration) -> list[tuple[str, list[str], list[list[object]]]]:
    """The same rows as lists of values, made before the clock starts: the bare write is the
    xlsxwriter part alone."""
    sheets = []
    for name, columns, rows in (
        ("Integrated", INTEGRATED_COLUMNS, [integrated_row(e) for e in integration.events]),
        ("Sources", SOURCE_COLUMNS, list(source_rows(integration))),
    ):
        sheets.append((name, list(columns), [[row.get(c, "") for c in columns] for row in rows]))
    return sheets


def bare(sheets: list[tuple[str, list[str], list[list[object]]]], path: Path) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    for name, columns, rows in sheets:
        sheet = book.add_worksheet(name)
        sheet.write_row(0, 0, columns)
        for r, values in enumerate(rows, start=1):
            sheet.write_row(r, 0, values, wrap)
    book.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--json", type=Path, default=ROOT / "bench/results/xlsx_writer.json")
    args = parser.parse_args()
    results = read_all(_files(_ensure_scale_set(args.size)), limits=Limits(max_file_bytes=1 << 30))
    run = merge(results)
    sheets = cells(run.integration)
    figures = {}
    with tempfile.TemporaryDirectory() as out:
        for name, write in (
            ("bare xlsxwriter", lambda p: bare(sheets, p)),
            (
                "write_integrated_xlsx",
                lambda p: write_integrated_xlsx(run.integration, run.rejections, p),
            ),
        ):
            started = time.process_time()
            write(Path(out) / f"{name}.xlsx")
            figures[name] = round(time.process_time() - started, 2)
    ratio = figures["write_integrated_xlsx"] / figures["bare xlsxwriter"]
    print(f"{len(run.integration.events)} events, {args.size} source rows")
    for name, seconds in figures.items():
        print(f"  {name:<24} {seconds:>7.2f} s CPU")
    print(f"  ratio                    {ratio:>7.2f}x  (target about 1.5x)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps({"size": args.size, **figures, "ratio": round(ratio, 2)}, indent=2)
    )


if __name__ == "__main__":
    main()
