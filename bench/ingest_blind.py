"""Ingestion on blind agency returns (`sample_data/blind_returns.py`).

The returns were written without reading the column or agency rules, the way agencies send
them (Word tables among document-control tables, two-row headers, an ED 'Arrival' column, date
columns headed 'Seen' or nothing, two date columns, printed exports with repeated headers,
cp1252 and BOM CSVs). For each file and in total:

- rows accounted: every Ok/No row is in the events or the rejections exactly once, and every
  Skip row (title, note, header, footer, sign-off, cover) is in neither or is kept in the
  rejected rows as "not an entry" (never as a refused row an agency is asked to correct);
- dates right: Ok rows accepted with the expected ISO date, precision and time;
- text column right: the narrative column's text is inside each accepted row's event_text;
- cells lost: non-empty cells of Ok/No rows that cannot be found in the row's output (a date,
  datetime or written time counts as found when the accepted date or time equals it);
- agencies: each file's label next to its organisation, and labels shared by different
  organisations.

    python bench/ingest_blind.py [--json bench/results/ingest_blind.json] [--label blind]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from chronology.schema import Event, Rejection  # noqa: E402
from sample_data import blind_returns, blind_returns_2, blind_returns_3  # noqa: E402
from sample_data.blind_returns import Case, Cell, No, Ok, Skip  # noqa: E402

TODAY = dt.date(2026, 11, 30)
Key = tuple[str, int]


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _event_blob(ev: Event) -> str:
    parts = [str(v) for v in ev.as_row().values()]
    parts += [f"{k} {v}" for k, v in ev.extra.items()]  # the JSON escapes quotes and newlines
    return _norm(" ".join(parts))


def _rejection_blob(rej: Rejection) -> str:
    parts = [f"{k} {v}" for k, v in rej.raw.items()]
    parts.append(rej.reason)
    return _norm(" ".join(parts))


def _cell_text(value: Cell) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


_TIME_TEXT = re.compile(r"^(\d{1,2})(?:[:.]?(\d{2}))?\s*(hrs|am|pm)?$")


def _text_time(text: str) -> str | None:
    """'14:35', '1435hrs', '2.35pm', '11am', '1530 hrs' as HH:MM (the forms the returns use)."""
    match = _TIME_TEXT.match(text.strip().casefold())
    if not match or not (match[3] or ":" in text or "." in text):
        return None
    if match[2] is None and match[3] not in ("am", "pm"):
        return None
    hour, minute, suffix = int(match[1]), int(match[2] or 0), match[3]
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def _cell_found(
    value: Cell, blob: str, accepted: dt.date | None, accepted_time: str | None
) -> bool:
    """Whether a cell survives in the row's output. Dates, datetimes and written times count as
    found when the accepted date or time equals them (they went into the date and time fields)."""
    if isinstance(value, str) and accepted_time and _text_time(value) == accepted_time:
        return True
    if isinstance(value, dt.datetime):
        if accepted == value.date():
            return True
        forms = [
            value.strftime("%d/%m/%Y %H:%M"),
            value.isoformat(sep=" "),
            value.strftime("%d/%m/%Y"),
            value.date().isoformat(),
        ]
    elif isinstance(value, dt.date):
        if accepted == value:
            return True
        forms = [value.strftime("%d/%m/%Y"), value.isoformat()]
    elif isinstance(value, dt.time):
        forms = [value.strftime("%H:%M")]
    elif isinstance(value, float) and value.is_integer():
        forms = [str(int(value)), str(value)]
    else:
        forms = [str(value)]
    return any(_norm(form) in blob for form in forms)


@dataclass
class FileScore:
    file: str
    organisation: str
    sector: str
    agency_given: str | None
    styles: tuple[str, ...]
    error: str = ""
    label: str = ""
    agencies: list[str] = field(default_factory=list)
    rows_total: int = 0
    rows_accounted: int = 0
    ok_rows: int = 0
    dates_right: int = 0
    no_rows: int = 0
    no_accepted: int = 0
    header_rejected: int = 0
    header_accepted: int = 0
    missing: int = 0
    duplicated: int = 0
    stray: int = 0
    text_checked: int = 0
    text_right_rows: int = 0
    cells_total: int = 0
    cells_lost: int = 0
    problems: list[dict[str, Any]] = field(default_factory=list)
    lost_cells: list[dict[str, Any]] = field(default_factory=list)

    @property
    def text_right(self) -> bool:
        return (
            not self.error and self.text_checked > 0 and self.text_right_rows == self.text_checked
        )

    def problem(self, key: Key, kind: str, detail: str) -> None:
        self.problems.append({"sheet": key[0], "row": key[1], "kind": kind, "detail": detail})


def _score(case: Case, folder: Path) -> FileScore:
    score = FileScore(case.file, case.organisation, case.sector, case.agency_given, case.styles)
    score.rows_total = len(case.rows)
    score.ok_rows = sum(isinstance(e, Ok) for e in case.rows.values())
    score.no_rows = sum(isinstance(e, No) for e in case.rows.values())
    score.cells_total = sum(len(cells) for cells in case.cells.values())
    try:
        from chronology.ingest import read_chronology

        result = read_chronology(folder / case.file, agency=case.agency_given, today=TODAY)
    except Exception as exc:  # one failing file must not stop the bench
        first = (str(exc).strip().splitlines() or [""])[0]
        score.error = f"{type(exc).__name__}: {first}"
        score.cells_lost = score.cells_total
        return score

    score.label = str(getattr(result, "agency", "") or "")
    events_by: dict[Key, list[Event]] = defaultdict(list)
    rejections_by: dict[Key, list[Rejection]] = defaultdict(list)
    for ev in result.events:
        events_by[(ev.source.sheet, ev.source.row)].append(ev)
    for rej in result.rejections:
        rejections_by[(rej.source.sheet, rej.source.row)].append(rej)
    score.agencies = sorted({ev.agency for ev in result.events} | ({score.label} - {""}))
    score.stray = sum(
        len(v) for k, v in [*events_by.items(), *rejections_by.items()] if k not in case.rows
    )
    for key in sorted({*events_by, *rejections_by} - set(case.rows)):
        score.problem(key, "stray", "output row that is not a non-blank row of the file")

    text_norm_header = case.text_header
    for key, expect in case.rows.items():
        evs, rejs = events_by.get(key, []), rejections_by.get(key, [])
        found = len(evs) + len(rejs)
        if isinstance(expect, Skip):
            # A title or note kept in the rejected rows as "not an entry" is accounted for:
            # nothing vanishes and the agency is not asked to correct it.
            if found == 0 or (not evs and all(not r.refused for r in rejs)):
                score.rows_accounted += 1
            elif evs:
                score.header_accepted += 1
                score.problem(key, "skip row accepted", f"{expect.why}: {evs[0].event_text[:80]}")
            else:
                score.header_rejected += 1
                score.problem(key, "skip row rejected", f"{expect.why}: {rejs[0].reason}")
            continue
        if found == 1:
            score.rows_accounted += 1
        elif found == 0:
            score.missing += 1
            score.problem(key, "missing", "in neither events nor rejections")
        else:
            score.duplicated += 1
            score.problem(key, "duplicated", f"{len(evs)} events, {len(rejs)} rejections")
        ev = evs[0] if evs else None
        if isinstance(expect, Ok):
            if ev is None:
                if rejs:
                    score.problem(key, "ok row rejected", rejs[0].reason)
            else:
                got = (
                    ev.date.isoformat(),
                    ev.date_precision,
                    ev.time.strftime("%H:%M") if ev.time else None,
                )
                want = (expect.date, expect.precision, expect.time)
                if got == want:
                    score.dates_right += 1
                else:
                    score.problem(key, "wrong date", f"got {got}, want {want}")
        elif ev is None and rejs and not rejs[0].refused:
            # An entry the agency must correct, filed as a title or note: never queried.
            score.problem(key, "no row not queried", f"{expect.why}: {rejs[0].reason}")
        elif ev is not None:
            score.no_accepted += 1
            score.problem(
                key, "no row accepted", f"{expect.why}: accepted as {ev.date} ({ev.date_precision})"
            )
        cells = case.cells.get(key, [])
        if ev is not None:
            text_cell = next((v for name, v in cells if name == text_norm_header), None)
            if isinstance(text_cell, str) and text_cell.strip():
                score.text_checked += 1
                if _norm(text_cell) in _norm(ev.event_text):
                    score.text_right_rows += 1
                else:
                    score.problem(
                        key,
                        "text column wrong",
                        f"event_text {ev.event_text[:60]!r} lacks {text_cell[:40]!r}",
                    )
        blob = _event_blob(ev) if ev else (_rejection_blob(rejs[0]) if rejs else "")
        accepted = ev.date if ev else None
        accepted_time = ev.time.strftime("%H:%M") if ev and ev.time else None
        for name, value in cells:
            if not blob or not _cell_found(value, blob, accepted, accepted_time):
                score.cells_lost += 1
                score.lost_cells.append(
                    {
                        "sheet": key[0],
                        "row": key[1],
                        "column": name,
                        "value": _cell_text(value)[:120],
                    }
                )
    return score


def _collapsed(scores: list[FileScore]) -> dict[str, list[str]]:
    orgs: dict[str, set[str]] = defaultdict(set)
    for s in scores:
        for label in s.agencies:
            orgs[label].add(s.organisation)
    return {label: sorted(o) for label, o in sorted(orgs.items()) if len(o) > 1}


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _print(scores: list[FileScore], totals: dict[str, Any], label: str) -> None:
    print(f"Blind ingestion bench [{label}], today={TODAY.isoformat()}")
    head = (
        f"{'file':38} {'organisation':22} {'agency label':24} "
        f"{'rows':>7} {'dates':>7} {'text':>7} {'lost':>5}  note"
    )
    print(head)
    print("-" * len(head))
    for s in scores:
        note = s.error or ", ".join(
            f"{n} {k}" for k, n in Counter(p["kind"] for p in s.problems).most_common()
        )
        labels = " | ".join(s.agencies) if s.agencies else "-"
        print(
            f"{_clip(s.file, 38):38} {_clip(s.organisation, 22):22} {_clip(labels, 24):24} "
            f"{s.rows_accounted:>3}/{s.rows_total:<3} {s.dates_right:>3}/{s.ok_rows:<3} "
            f"{s.text_right_rows:>3}/{s.text_checked:<3} {s.cells_lost:>5}  {_clip(note, 70)}"
        )
    lost = [(s.file, c) for s in scores if not s.error for c in s.lost_cells]
    if lost:
        print(f"\nLost cells (first 20 of {len(lost)}, files that were read):")
        for file, c in lost[:20]:
            print(
                f"  {_clip(file, 34)} [{c['sheet']}] row {c['row']} {c['column']!r}: "
                f"{_clip(c['value'], 60)!r}"
            )
    print("\nTotals")
    print(
        f"  rows accounted {totals['rows_accounted']}/{totals['rows_total']}"
        f" (missing {totals['missing']}, duplicated {totals['duplicated']},"
        f" header rejected {totals['header_rejected']},"
        f" header accepted {totals['header_accepted']}, stray {totals['stray']})"
    )
    print(
        f"  dates right {totals['dates_right']}/{totals['ok_rows']};"
        f" bad-date rows accepted {totals['no_accepted']}/{totals['no_rows']}"
    )
    print(
        f"  text column right {totals['text_right_files']}/{totals['files']} files"
        f" ({totals['text_right_rows']}/{totals['text_checked']} accepted rows)"
    )
    print(
        f"  cells lost {totals['cells_lost']}/{totals['cells_total']}"
        f" ({totals['cells_lost_failed']} of them in files that failed)"
    )
    print(f"  files failed entirely {totals['files_failed']}/{totals['files']}")
    collapsed = totals["collapsed"]
    text = "; ".join(f"{k} <- {', '.join(v)}" for k, v in collapsed.items()) or "none"
    print(f"  agency labels collapsed: {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--json", type=Path, default=ROOT / "bench" / "results" / "ingest_blind.json"
    )
    parser.add_argument("--label", default="blind")
    parser.add_argument(
        "--batch",
        type=int,
        choices=(1, 2, 3),
        default=1,
        help="1: sample_data/blind_returns.py; 2 and 3: the later batches, blind_returns_N.py",
    )
    args = parser.parse_args()
    build = {1: blind_returns, 2: blind_returns_2, 3: blind_returns_3}[args.batch].build
    with tempfile.TemporaryDirectory(prefix="blind_returns_") as tmp:
        folder = Path(tmp)
        cases = build(folder)
        scores = [_score(case, folder) for case in cases]
    failed = [s for s in scores if s.error]
    totals: dict[str, Any] = {
        "files": len(scores),
        "files_failed": len(failed),
        "rows_total": sum(s.rows_total for s in scores),
        "rows_accounted": sum(s.rows_accounted for s in scores),
        "missing": sum(s.missing for s in scores),
        "duplicated": sum(s.duplicated for s in scores),
        "header_rejected": sum(s.header_rejected for s in scores),
        "header_accepted": sum(s.header_accepted for s in scores),
        "stray": sum(s.stray for s in scores),
        "ok_rows": sum(s.ok_rows for s in scores),
        "dates_right": sum(s.dates_right for s in scores),
        "no_rows": sum(s.no_rows for s in scores),
        "no_accepted": sum(s.no_accepted for s in scores),
        "text_right_files": sum(s.text_right for s in scores),
        "text_checked": sum(s.text_checked for s in scores),
        "text_right_rows": sum(s.text_right_rows for s in scores),
        "cells_total": sum(s.cells_total for s in scores),
        "cells_lost": sum(s.cells_lost for s in scores),
        "cells_lost_failed": sum(s.cells_lost for s in failed),
        "collapsed": _collapsed(scores),
    }
    _print(scores, totals, args.label)
    report = {
        "label": args.label,
        "today": TODAY.isoformat(),
        "totals": totals,
        "files": [
            {
                "file": s.file,
                "organisation": s.organisation,
                "sector": s.sector,
                "agency_given": s.agency_given,
                "styles": list(s.styles),
                "error": s.error,
                "label": s.label,
                "agencies": s.agencies,
                "rows_total": s.rows_total,
                "rows_accounted": s.rows_accounted,
                "ok_rows": s.ok_rows,
                "dates_right": s.dates_right,
                "no_rows": s.no_rows,
                "no_accepted": s.no_accepted,
                "text_checked": s.text_checked,
                "text_right_rows": s.text_right_rows,
                "text_right": s.text_right,
                "cells_total": s.cells_total,
                "cells_lost": s.cells_lost,
                "problems": s.problems,
                "lost_cells": s.lost_cells,
            }
            for s in scores
        ],
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwritten {args.json}")


if __name__ == "__main__":
    main()
