"""read → normalise → deduplicate → classify → export, in one call shared by the CLI and the
dashboard, so both produce exactly the same files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from chronology.classify import LABELS
from chronology.collecting import fewer_collections
from chronology.columns import SavedMapping
from chronology.decisions import load_decisions
from chronology.dedup import Decisions
from chronology.export_tables import (
    INTEGRATED_COLUMNS,
    POSSIBLE_COLUMNS,
    SOURCE_COLUMNS,
    integrated_row,
    possible_row,
    source_rows,
)
from chronology.export_xlsx import write_integrated_xlsx
from chronology.filesafety import Limits
from chronology.forking import Ahead, may_fork_alone
from chronology.ingest import IngestResult, read_chronology
from chronology.integrate import Integration, integrate
from chronology.output import write_csv
from chronology.schema import REJECTED_COLUMNS, Rejection
from chronology.stages import profiling, stage

FORMATS = ("csv", "xlsx", "docx")
DOCX_ROW_LIMIT = 20_000  # a Word appendix longer than this is unprintable; use the xlsx
# From this many events the CSV and Word files are written by a forked process beside the
# workbook (the slowest writer, ~0.1 ms an event); below it a fork costs more than it saves.
WORKBOOK_FORK_FROM = 2_000


@dataclass
class MergeRun:
    results: list[IngestResult]
    integration: Integration
    written: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def rejections(self) -> list[Rejection]:
        return [r for result in self.results for r in result.rejections]


@fewer_collections()
def read_all(
    paths: Sequence[Path],
    agencies: dict[str, str] | None = None,
    mapping: SavedMapping | None = None,
    limits: Limits | None = None,
) -> list[IngestResult]:
    """Each file read, in order; the first file (in order) that cannot be read raises. Large
    sets of files are shared with a forked child (the files spread by their size, each
    process reading its own); a file the child could not read is read again here, so any
    error is this process's own, in the same words."""
    agencies = agencies or {}

    def read(path: Path) -> IngestResult:
        return read_chronology(path, agency=agencies.get(path.name), mapping=mapping, limits=limits)

    with stage("read and parse dates"):
        theirs = _their_share(paths)
        if not theirs:
            return [read(path) for path in paths]
        ahead = Ahead(lambda: [_read_or_none(read, paths[i]) for i in theirs])
        found: dict[int, IngestResult | Exception] = {}
        try:
            for i, path in enumerate(paths):
                if i not in theirs:
                    found[i] = _read_or_error(read, path)
            sent = ahead.result()
        except BaseException:
            ahead.close()
            raise
        for i, sent_back in zip(theirs, sent or [None] * len(theirs), strict=True):
            if sent_back is not None:
                found[i] = sent_back
        results: list[IngestResult] = []
        for i, path in enumerate(paths):  # in order: the first broken file is the one named
            done = found[i] if i in found else read(path)
            if isinstance(done, Exception):
                raise done
            results.append(done)
        return results


# From this many bytes of files (a workbook's counting 4 times: it is compressed) a second
# process reads about half of them; below it the fork and sending the rows back cost more.
READ_FORK_FROM = 1 << 20


def _weight(path: Path) -> int:
    try:
        size = path.stat().st_size
    except OSError:
        return 0  # read here, where the error is raised
    return size * (4 if path.suffix.lower() in (".xlsx", ".xlsm", ".docx") else 1)


def _their_share(paths: Sequence[Path]) -> list[int]:
    """The files (by position) a forked child reads: the heaviest first, each to the lighter
    of two shares, the child taking the lighter (it also sends its rows); none when the
    files are few or small, or forking is not allowed here (`forking.may_fork_alone`)."""
    weights = [_weight(Path(p)) for p in paths]
    if len(paths) < 2 or sum(weights) < READ_FORK_FROM or not may_fork_alone():
        return []
    loads = [0, 0]
    shares: tuple[list[int], list[int]] = ([], [])
    for i in sorted(range(len(paths)), key=lambda at: -weights[at]):
        lighter = 0 if loads[0] <= loads[1] else 1
        loads[lighter] += weights[i]
        shares[lighter].append(i)
    return sorted(shares[0] if loads[0] <= loads[1] else shares[1])  # its rows are also sent


def _read_or_none(read: Callable[[Path], IngestResult], path: Path) -> IngestResult | None:
    """In the child: None for a file it could not read (read again by the parent, which
    reports it; an error may not even pickle)."""
    found = _read_or_error(read, path)
    return None if isinstance(found, Exception) else found


def _read_or_error(read: Callable[[Path], IngestResult], path: Path) -> IngestResult | Exception:
    try:
        return read(path)
    except Exception as error:  # raised once every file before it is known to be readable
        return error


def merge(
    results: list[IngestResult],
    decisions_path: Path | None = None,
    age_of: Callable[[dt.date, str], str] | None = None,
) -> MergeRun:
    decisions = load_decisions(decisions_path, LABELS) if decisions_path else Decisions()
    events = [event for result in results for event in result.events]
    with stage("integrate"):
        integration = integrate(events, decisions, age_of=age_of)
    return MergeRun(results, integration, notes=list(integration.notes))


@fewer_collections()
def write_outputs(run: MergeRun, out: Path, formats: Sequence[str] = FORMATS) -> MergeRun:
    """Write the chosen formats. On large runs the CSV and Word files are written by a forked
    process, which then writes one of the workbook's sheets, while this one writes the rest of
    the workbook (the slowest part)."""
    out.mkdir(parents=True, exist_ok=True)
    integration = run.integration
    large = len(integration.events) >= WORKBOOK_FORK_FROM and may_fork_alone() and not profiling()

    def others() -> None:
        _write_others(run, out, formats)

    if "xlsx" in formats:
        beside = others if large else None
        with stage("write xlsx"):
            write_integrated_xlsx(
                integration, run.rejections, out / "integrated.xlsx", beside=beside
            )
        run.written.append(out / "integrated.xlsx")
    if "xlsx" not in formats or not large:
        others()
    if "csv" in formats:
        run.written += [
            out / name
            for name in ("integrated.csv", "sources.csv", "possible_duplicates.csv", "rejected.csv")
        ]
    if "docx" in formats:
        if len(integration.events) > DOCX_ROW_LIMIT:
            run.notes.append(
                f"integrated.docx not written: {len(integration.events):,} rows is over the "
                f"{DOCX_ROW_LIMIT:,} a Word appendix can hold; use integrated.xlsx"
            )
        else:
            run.written.append(out / "integrated.docx")
    return run


def _write_others(run: MergeRun, out: Path, formats: Sequence[str]) -> None:
    """The CSV and Word files (what they add to `run` is added by the caller: this may run in
    a forked process)."""
    if "csv" in formats:
        with stage("write csv"):
            _write_csv_files(run, out)
    if "docx" in formats and len(run.integration.events) <= DOCX_ROW_LIMIT:
        # Imported here: python-docx is a twelfth of a small merge's time, for a file most
        # merges do not ask for.
        from chronology.export_docx import write_integrated_docx

        with stage("write docx"):
            write_integrated_docx(run.integration, out / "integrated.docx")


def _write_csv_files(run: MergeRun, out: Path) -> None:
    integration = run.integration
    write_csv(
        out / "integrated.csv",
        INTEGRATED_COLUMNS,
        (integrated_row(e) for e in integration.events),
    )
    write_csv(out / "sources.csv", SOURCE_COLUMNS, source_rows(integration))
    write_csv(
        out / "possible_duplicates.csv",
        POSSIBLE_COLUMNS,
        (possible_row(p) for p in integration.possible),
    )
    write_csv(out / "rejected.csv", REJECTED_COLUMNS, (r.as_row() for r in run.rejections))
