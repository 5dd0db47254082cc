"""The integrated workbook's writer against a bare xlsxwriter write of the same cells.

Merges the scale set once, then times `write_integrated_xlsx` and a bare xlsxwriter write of
the cells the workbook holds: the main sheet's rows (`main_cells`) and the Sources, Rejected
rows and Possible duplicates sheets (`table_cells`), made into lists before the clock starts,
written with the writer's workbook options (constant memory, strings never formulas or
links), `write_row` and one format: no colours, bold, date formats, row heights, legend or
page setup. Since session 15 the workbook is written by `chronology.workbook_writer`, not
xlsxwriter, so the ratio is the whole styled workbook against xlsxwriter's cheapest write of its
cells. The target of issue 16: the writer within about 1.5x of the bare write (it is about a third
of it). CPU seconds (process time, the better figure on a busy machine), the least of `--repeat`
runs of each, taken in turn.

    python bench/xlsx_writer.py [--size 20000] [--repeat 3] [--json bench/results/xlsx_writer.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import xlsxwriter  # noqa: E402
from ingest import _ensure_scale_set, _files  # noqa: E402

from chronology.export_xlsx import (  # noqa: E402
    MAIN_COLUMNS,
    When,
    main_cells,
    table_cells,
    write_integrated_xlsx,
)
from chronology.filesafety import Limits  # noqa: E402
from chronology.integrate import Integration  # noqa: E402
from chronology.pipeline import MergeRun, merge, read_all  # noqa: E402
from chronology.schema import Rejection  # noqa: E402

Sheets = list[tuple[str, list[str], list[list[Any]]]]


def cells(integration: Integration, rejections: list[Rejection]) -> Sheets:
    """Every cell the workbook's data sheets hold, dates as dates, made before the clock
    starts: the bare write is the xlsxwriter part alone."""

    def plain(values: list[Any]) -> list[Any]:
        return [v.value if isinstance(v, When) else v for v in values]

    sheets = [
        (
            "Integrated chronology",
            [c.title for c in MAIN_COLUMNS],
            [plain(main_cells(e)) for e in integration.events],
        )
    ]
    for name, columns, rows in table_cells(integration, rejections):
        sheets.append((name, [c.title for c in columns], [plain(r) for r in rows]))
    return sheets


def bare(sheets: Sheets, path: Path) -> None:
    book = xlsxwriter.Workbook(
        str(path),
        {"strings_to_formulas": False, "strings_to_urls": False, "constant_memory": True},
    )
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    for name, columns, rows in sheets:
        sheet = book.add_worksheet(name)
        sheet.write_row(0, 0, columns)
        for r, values in enumerate(rows, start=1):
            sheet.write_row(r, 0, values, wrap)
    book.close()


def timed(writers: dict[str, Callable[[Path], None]], repeat: int) -> dict[str, float]:
    """The least CPU seconds of `repeat` runs of each writer, the writers taken in turn."""
    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as out:
        for _ in range(repeat):
            for name, write in writers.items():
                started = time.process_time()
                write(Path(out) / f"{name}.xlsx")
                seconds = time.process_time() - started
                best[name] = min(best.get(name, seconds), seconds)
    return {name: round(seconds, 2) for name, seconds in best.items()}


def writers(run: MergeRun) -> dict[str, Callable[[Path], None]]:
    sheets = cells(run.integration, run.rejections)
    return {
        "bare xlsxwriter": lambda p: bare(sheets, p),
        "write_integrated_xlsx": lambda p: write_integrated_xlsx(
            run.integration, run.rejections, p
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, default=ROOT / "bench/results/xlsx_writer.json")
    args = parser.parse_args()
    results = read_all(_files(_ensure_scale_set(args.size)), limits=Limits(max_file_bytes=1 << 30))
    run = merge(results)
    figures = timed(writers(run), args.repeat)
    ratio = figures["write_integrated_xlsx"] / figures["bare xlsxwriter"]
    sources = sum(len(e.sources) for e in run.integration.events)
    print(
        f"{len(run.integration.events)} events, {sources} sources, "
        f"{len(run.integration.possible)} possible duplicates, {len(run.rejections)} rejected"
    )
    for name, seconds in figures.items():
        print(f"  {name:<24} {seconds:>7.2f} s CPU")
    print(f"  ratio                    {ratio:>7.2f}x  (target about 1.5x)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {"size": args.size, "repeat": args.repeat, **figures, "ratio": round(ratio, 2)},
            indent=2,
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
