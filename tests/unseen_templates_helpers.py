"""What the two acceptance rounds on unseen agency templates share.

`tests/test_unseen_templates.py` and `tests/test_unseen_templates_2.py` each build their own
fictional agency exports; this module holds what both do the same way: the expectations a row
can carry, the `results` fixture that reads every file through `read_chronology`, the outputs
as one comparable shape (from the API or from `cspr ingest`'s CSV files), the checks against the
expectations, and the small file writers both use.

Each test module defines its own `cases` fixture (name -> case with `path` and `agency_arg`);
`results_fixture` is imported next to it and reads those cases.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import struct
import zlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import pytest

from chronology.ingest import IngestResult, SheetReport, read_chronology
from cspr.cli import main

TODAY = dt.date(2026, 11, 26)

Key = tuple[str, int]  # (sheet name, row number as Excel shows it; CSV: the record number)


@dataclass(frozen=True)
class Acc:
    """The row must become an event with this date (ISO), precision and time (HH:MM or None)."""

    date: str
    precision: str = "day"
    time: str | None = None


@dataclass(frozen=True)
class Rej:
    """The row must be rejected (why, for the reader of this test)."""

    why: str


@dataclass(frozen=True)
class Skip:
    """A header repeated after a page break: part of the table's frame, in neither output."""

    why: str


Expect = Acc | Rej | Skip


class IngestedCase(Protocol):
    """What the shared fixture and the CLI run need of a test module's case."""

    path: Path
    agency_arg: str | None


# --------------------------------------------------------------------------------------------
# Writers


def write_csv(
    path: Path, rows: Iterable[Sequence[object]], *, encoding: str, delimiter: str
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return path


def tiny_png(width: int, height: int, rgb: bytes) -> bytes:
    """A PNG of one colour, standing in for a council or trust logo."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + rgb * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------------------------
# Reading the files


@pytest.fixture(scope="module", name="results")
def results_fixture(cases: dict[str, IngestedCase]) -> dict[str, IngestResult | Exception]:
    out: dict[str, IngestResult | Exception] = {}
    for name, case in cases.items():
        try:
            out[name] = read_chronology(case.path, agency=case.agency_arg, today=TODAY)
        except Exception as error:  # reported by each test of that file
            out[name] = error
    return out


def ingest_result(results: dict[str, IngestResult | Exception], name: str) -> IngestResult:
    result = results[name]
    if isinstance(result, Exception):
        pytest.fail(f"{name}: the file could not be read: {result!r}")
    return result


@dataclass(frozen=True)
class Seen:
    """One output row, from the API or from the CLI's CSV files."""

    kind: str  # "event" | "rejected"
    key: Key
    date: str = ""
    precision: str = ""
    time: str | None = None
    agency: str = ""
    reason: str = ""
    raw: tuple[str, ...] = ()


def seen_in_result(result: IngestResult) -> list[Seen]:
    seen = [
        Seen(
            "event",
            (e.source.sheet, e.source.row),
            e.date.isoformat(),
            e.date_precision,
            e.time.strftime("%H:%M") if e.time else None,
            e.agency,
        )
        for e in result.events
    ]
    seen += [
        Seen("rejected", (r.source.sheet, r.source.row), reason=r.reason, raw=tuple(r.raw.values()))
        for r in result.rejections
    ]
    return seen


def seen_in_cli_output(cases: Mapping[str, IngestedCase], out: Path) -> dict[str, list[Seen]]:
    """Runs `cspr ingest` on every case's file into `out`; each case's rows of the CSV files."""
    args = ["ingest", *(str(c.path) for c in cases.values()), "--out", str(out)]
    for case in cases.values():
        if case.agency_arg:
            args += ["--agency", f"{case.path.name}={case.agency_arg}"]
    code = main(args)
    assert code == 0, f"cspr ingest exited with {code}"
    with (out / "events.csv").open(encoding="utf-8-sig", newline="") as handle:
        events = list(csv.DictReader(handle))
    with (out / "rejected.csv").open(encoding="utf-8-sig", newline="") as handle:
        rejected = list(csv.DictReader(handle))
    known = {c.path.name for c in cases.values()}
    unknown = {r["source_file"] for r in events + rejected} - known
    assert not unknown, f"outputs name files that were not ingested: {sorted(unknown)}"
    by_case: dict[str, list[Seen]] = {}
    for name, case in cases.items():
        seen = [
            Seen(
                "event",
                (r["source_sheet"], int(r["source_row"])),
                r["date"],
                r["date_precision"],
                r["time"] or None,
                r["agency"],
            )
            for r in events
            if r["source_file"] == case.path.name
        ]
        seen += [
            Seen(
                "rejected",
                (r["source_sheet"], int(r["source_row"])),
                reason=r["reason"],
                raw=tuple(json.loads(r["raw"]).values()),
            )
            for r in rejected
            if r["source_file"] == case.path.name
        ]
        by_case[name] = seen
    return by_case


# --------------------------------------------------------------------------------------------
# Checks against the expectations


def row_problems(
    expected: Mapping[Key, Expect], seen: Iterable[Seen], *, skipped_may_be_output: bool = False
) -> list[str]:
    """Every non-blank body row is output exactly once, and no other row is output. A `Skip`
    row must be in neither output, unless `skipped_may_be_output` (then `date_problems` only
    requires that it is not accepted)."""
    counts = Counter(s.key for s in seen)
    body = {k for k, e in expected.items() if not isinstance(e, Skip)}
    may = set(expected) if skipped_may_be_output else body
    problems = [f"row {k} was dropped (in neither output)" for k in sorted(body - set(counts))]
    problems += [f"row {k} appears {n} times" for k, n in sorted(counts.items()) if n > 1]
    problems += [
        f"row {k} is not a body row of a table (title, header, blank or notes) but was output"
        for k in sorted(set(counts) - may)
    ]
    return problems


def describe(seen: Seen) -> str:
    if seen.kind == "rejected":
        return f"rejected ({seen.reason})"
    return f"accepted as {seen.date} {seen.precision} {seen.time or ''}".rstrip()


def date_problems(expected: Mapping[Key, Expect], seen: Iterable[Seen]) -> list[str]:
    """Accepted rows carry the expected date, precision and time; rejected rows are rejected."""
    by_key = {s.key: s for s in seen}
    problems = []
    for key, expect in sorted(expected.items()):
        got = by_key.get(key)
        if got is None:
            continue  # reported by the row invariant
        if isinstance(expect, Acc):
            want = Seen("event", key, expect.date, expect.precision, expect.time, got.agency)
            if (got.kind, got.date, got.precision, got.time) != (
                want.kind,
                want.date,
                want.precision,
                want.time,
            ):
                problems.append(f"row {key}: expected {describe(want)}, got {describe(got)}")
        elif got.kind != "rejected":
            problems.append(f"row {key}: expected rejected ({expect.why}), got {describe(got)}")
    return problems


def agency_problems(agencies: frozenset[str], seen: Iterable[Seen]) -> list[str]:
    """All events of a file carry one agency, one of the names allowed for it."""
    names = Counter(s.agency for s in seen if s.kind == "event")
    if len(names) == 1 and next(iter(names)) in agencies:
        return []
    return [f"agencies {dict(names)}; expected all events as one of {sorted(agencies)}"]


def all_problems(
    expected: Mapping[Key, Expect],
    agencies: frozenset[str],
    seen: list[Seen],
    *,
    skipped_may_be_output: bool = False,
) -> list[str]:
    return (
        row_problems(expected, seen, skipped_may_be_output=skipped_may_be_output)
        + date_problems(expected, seen)
        + agency_problems(agencies, seen)
    )


def norm(text: str) -> str:
    return " ".join(text.split()).lower()


def mapping_problems(
    reports: Mapping[str, SheetReport], mapping: Mapping[str, Mapping[str, str | None]]
) -> list[str]:
    """The obvious headers of each sheet (sheet -> header -> field; None or "": kept in extra)
    are mapped so. A sheet that is not reported, or has no table, is left to the caller."""
    problems = []
    for sheet_name, wanted in mapping.items():
        sheet = reports.get(sheet_name)
        if sheet is None or sheet.header_row is None:
            continue
        got = {norm(m.header): m for m in sheet.columns}
        for header, want in wanted.items():
            match = got.get(norm(header))
            if match is None:
                problems.append(f"'{header}': column not found")
            elif match.field != (want or None):
                problems.append(
                    f"'{header}' -> {match.field} ({match.method}), expected {want or 'extra'}"
                )
    return problems


def report(name: str, problems: list[str]) -> str:
    return f"{name}:\n  " + "\n  ".join(problems)
