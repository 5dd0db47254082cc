"""Anonymising a whole merge run, so that `chronology.pipeline.write_outputs` writes anonymised
CSV, XLSX and DOCX files unchanged.

    files = write_anonymised(run, out, formats, people_path, date_mode)

is the one call for `cspr merge --anonymise`: it loads (or builds) the review's register,
anonymises a copy of the run, writes the outputs, strips their metadata, checks them for every
name in the register, saves the register and writes the redaction report beside `out` (never
inside it). `anonymise_run` is the step that returns the anonymised copy and its report.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from anonymise.agencies import relabelled, run_agency_labels
from anonymise.errors import AnonymiseError, LeakError
from anonymise.metadata import strip_metadata
from anonymise.redact import TOKEN, Anonymiser, Ctx
from anonymise.register import Register, default_register_path, load_register
from anonymise.report import Report, write_report
from anonymise.residual import ResidualFinder
from anonymise.rules import load_rules
from anonymise.words import fold, is_ordinary, is_term
from chronology.classify import Classification
from chronology.dedup import source_key
from chronology.ingest import IngestResult
from chronology.integrate import IntegratedEvent, Integration, PossibleDuplicate, event_id
from chronology.pipeline import FORMATS, MergeRun, write_outputs
from chronology.schema import Event, Provenance, Rejection

_PRACTITIONER_HEADERS = re.compile(
    r"worker|staff|officer|clinician|practitioner|author|completed by|recorded by|entered by|"
    r"manager|professional|\buser\b|nurse|doctor|teacher|\bby\b|\blead\b|\bsw\b|\bhv\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------- contexts
def _where(event: Event) -> str:
    return source_key(event)


def _extra_ctx(key: str, base: Ctx) -> Ctx:
    header = " ".join(key.lower().replace("_", " ").split())
    if header in load_rules().name_columns:
        return replace(base, field="name")
    if _PRACTITIONER_HEADERS.search(header):
        return replace(base, field="practitioner")
    if "nhs" in header:
        return replace(base, field="nhs")
    if "ref" in header.split() or "reference" in header:
        return replace(base, field="reference")
    return base


def _event_ctx(event: Event) -> Ctx:
    return Ctx(agency=event.agency, sheet=event.source.sheet, date=event.date, where=_where(event))


def run_texts(run: MergeRun) -> Iterator[tuple[str, Ctx]]:
    """Every text of the run with its context, for learning."""
    for result in run.results:
        yield result.file, Ctx(field="filename")
        for sheet in result.sheets:
            yield sheet.name, Ctx(field="filename")
        for note in result.notes:
            yield note, Ctx()
        for event in result.events:
            base = _event_ctx(event)
            yield event.source.sheet, Ctx(field="filename", agency=event.agency)
            yield event.practitioner, replace(base, field="practitioner")
            for text in (event.event_type, event.event_text, event.outcome, event.significance):
                yield text, base
            yield event.reference, replace(base, field="reference")
            for key, value in event.extra.items():
                yield value, _extra_ctx(key, base)
            for warning in event.warnings:
                yield warning, base
        for rejection in result.rejections:
            base = Ctx(
                agency=result.agency,
                sheet=rejection.source.sheet,
                where=rejection.source.describe(),
            )
            yield rejection.reason, base
            for key, value in rejection.raw.items():
                yield value, _extra_ctx(key, base)
    for note in run.notes:
        yield note, Ctx()


# ---------------------------------------------------------------------- the run
class _RunAnonymiser:
    def __init__(self, anonymiser: Anonymiser, report: Report) -> None:
        self.a = anonymiser
        self.report = report
        self.residuals = ResidualFinder(anonymiser.register)
        self.events: dict[int, Event] = {}
        self.provenance: dict[tuple[str, str], tuple[str, str]] = {}
        self._taken: set[tuple[str, str]] = set()
        self._files: dict[str, str] = {}

    def text(self, text: str, ctx: Ctx, field: str) -> str:
        if not text:
            return text
        out, replacements = self.a.redact(text, ctx)
        self.report.add(ctx.where, field, replacements)
        self.report.residuals += self.residuals.find(out, ctx.where, field, self.a.date_mode)
        return out

    def file_name(self, file: str) -> str:
        """Published file names are numbered, not redacted: a file name is free text an agency
        chose ("Ridgeway_GP_chronology.csv") and the safest name is one that carries nothing."""
        if file not in self._files:
            suffix = Path(file).suffix.lower()
            self._files[file] = f"File {len(self._files) + 1}{suffix}"
        return self._files[file]

    def source(self, file: str, sheet: str) -> tuple[str, str]:
        key = (file, sheet)
        if key not in self.provenance:
            new_file = self.file_name(file)
            new_sheet = self.a.redact_filename(sheet)
            candidate, number = (new_file, new_sheet), 1
            while candidate in self._taken:
                number += 1
                candidate = (new_file, f"{new_sheet} ({number})")
            self._taken.add(candidate)
            self.provenance[key] = candidate
            if candidate != key:
                old = f"{file}, sheet '{sheet}'" if sheet else file
                new = f"{candidate[0]}, sheet '{candidate[1]}'" if candidate[1] else candidate[0]
                self.report.renamed[old] = new
        return self.provenance[key]

    def dates(self, value: dt.date, precision: str) -> tuple[dt.date, str]:
        if self.a.date_mode == "age":
            return dt.date(value.year, 1, 1), "year"
        if precision == "day":
            return value.replace(day=1), "month"
        return value, precision

    def event(self, event: Event) -> Event:
        cached = self.events.get(id(event))
        if cached is not None:
            return cached
        ctx = _event_ctx(event)
        file, sheet = self.source(event.source.file, event.source.sheet)
        date, precision = self.dates(event.date, event.date_precision)
        new = replace(
            event,
            source=Provenance(file, sheet, event.source.row),
            agency=self.a.redact_filename(event.agency, Ctx(field="agency")),
            date=date,
            date_precision=precision,  # type: ignore[arg-type]
            time=None,
            event_type=self.text(event.event_type, ctx, "event_type"),
            event_text=self.text(event.event_text, ctx, "event_text"),
            outcome=self.text(event.outcome, ctx, "outcome"),
            significance=self.text(event.significance, ctx, "significance"),
            practitioner=self.text(
                event.practitioner, replace(ctx, field="practitioner"), "practitioner"
            ),
            reference=self.text(event.reference, replace(ctx, field="reference"), "reference"),
            date_as_written=self.a.format_date(event.date, event.date_precision)
            if event.date_as_written
            else "",
            extra={
                self.text(k, ctx, "extra header"): self.text(v, _extra_ctx(k, ctx), f"extra: {k}")
                for k, v in event.extra.items()
            },
            warnings=tuple(self.text(w, ctx, "warning") for w in event.warnings),
        )
        self.events[id(event)] = new
        return new

    def rejection(self, rejection: Rejection, agency: str) -> Rejection:
        file, sheet = self.source(rejection.source.file, rejection.source.sheet)
        base = Ctx(agency=agency, sheet=rejection.source.sheet, where=rejection.source.describe())
        return Rejection(
            Provenance(file, sheet, rejection.source.row),
            self.text(rejection.reason, base, "reason"),
            {
                self.text(k, base, "raw header"): self.text(v, _extra_ctx(k, base), f"raw: {k}")
                for k, v in rejection.raw.items()
            },
            rejection.kind,
        )

    def result(self, result: IngestResult) -> IngestResult:
        sheets = [
            replace(
                sheet,
                name=self.a.redact_filename(sheet.name),
                columns=[
                    replace(c, header=self.text(c.header, Ctx(), "header")) for c in sheet.columns
                ],
                note=self.text(sheet.note, Ctx(), "sheet note"),
                text_column=self.text(sheet.text_column, Ctx(), "sheet note"),
            )
            for sheet in result.sheets
        ]
        return replace(
            result,
            file=self.file_name(result.file),
            agency=self.a.redact_filename(result.agency, Ctx(field="agency")),
            events=[self.event(e) for e in result.events],
            rejections=[self.rejection(r, result.agency) for r in result.rejections],
            sheets=sheets,
            notes=[self.text(n, Ctx(), "note") for n in result.notes],
        )

    def integrated(self, event: IntegratedEvent) -> IntegratedEvent:
        sources = tuple(self.event(s) for s in event.sources)
        ctx = replace(_event_ctx(event.sources[0]), where=f"event {event.event_id}")
        date, precision = self.dates(event.date, event.date_precision)
        c = event.classification
        return replace(
            event,
            event_id=event_id(sources),
            date=date,
            date_precision=precision,
            time=None,
            agencies=tuple(
                dict.fromkeys(
                    self.a.redact_filename(a, Ctx(field="agency")) for a in event.agencies
                )
            ),
            event_type=self.text(event.event_type, ctx, "event_type"),
            event_text=self.text(event.event_text, ctx, "event_text"),
            outcome=self.text(event.outcome, ctx, "outcome"),
            classification=Classification(
                c.category, c.categories, c.is_key_event, self.text(c.reason, ctx, "reason")
            ),
            category_reason=self.text(event.category_reason, ctx, "category_reason"),
            sources=sources,
            merge_reasons=tuple(self.text(r, ctx, "merge_reason") for r in event.merge_reasons),
            age=self.a.age(event.date, event.date_precision),
        )


def learn_run(anonymiser: Anonymiser, run: MergeRun) -> None:
    anonymiser.learn_all(run_texts(run))


def anonymise_run(
    run: MergeRun,
    register: Register,
    date_mode: str = "month",
    today: dt.date | None = None,
    agency_labels: dict[str, str] | None = None,
) -> tuple[MergeRun, Report]:
    """An anonymised copy of the run (every text of every event, source, rejection and possible
    duplicate; file and sheet names; dates to month and year or the subject's age; agencies by
    `anonymise.agencies`, or by `agency_labels` already made for the screen) and the
    redaction report. The register gains what the chronologies taught (practitioners,
    organisations, addresses, other people)."""
    anonymiser = Anonymiser(register, date_mode, today=today)
    learn_run(anonymiser, run)
    if agency_labels is None:
        agency_labels = run_agency_labels(
            run, lambda name: anonymiser.redact_filename(name, Ctx(field="agency"))
        )
    run = relabelled(run, agency_labels)
    report = Report(date_mode=date_mode, register=register)
    work = _RunAnonymiser(anonymiser, report)
    results = [work.result(r) for r in run.results]
    integration = run.integration
    events = [work.integrated(e) for e in integration.events]
    new_ids = {
        old.event_id: new.event_id for old, new in zip(integration.events, events, strict=True)
    }
    possible = [
        PossibleDuplicate(
            new_ids.get(p.first, p.first),
            new_ids.get(p.second, p.second),
            p.score,
            tuple(
                work.text(r, Ctx(where=f"pair {p.first}/{p.second}"), "reasons") for r in p.reasons
            ),
            work.event(p.first_source),
            work.event(p.second_source),
        )
        for p in integration.possible
    ]
    event_of_source = {source_key(s): e.event_id for e in events for s in e.sources}
    new_integration = Integration(
        events,
        possible,
        event_of_source,
        [work.text(n, Ctx(), "note") for n in integration.notes],
        integration.compared_pairs,
    )
    anonymised = MergeRun(
        results, new_integration, notes=[work.text(n, Ctx(), "note") for n in run.notes]
    )
    report.counts = {
        "events": len(events),
        "sources": sum(len(e.sources) for e in events),
        "rejected rows": len(anonymised.rejections),
        "possible duplicates": len(possible),
        "replacements": len(report.replacements),
    }
    return anonymised, report


# ---------------------------------------------------------------------- writing and checking
def default_report_path(out: Path) -> Path:
    """Beside the output folder, never in it: `OUT.redaction-report.md`."""
    return out.parent / f"{out.name}.redaction-report.md"


def write_anonymised(
    run: MergeRun,
    out: Path,
    formats: Sequence[str] = FORMATS,
    people_path: Path | None = None,
    date_mode: str = "month",
    register_path: Path | None = None,
    report_path: Path | None = None,
    today: dt.date | None = None,
) -> list[Path]:
    """Write the anonymised outputs to `out`, stripped of metadata and checked for leaks; save
    the register (beside the family workbook) and the report (beside `out`). Returns the
    published files, then the register and report files. LeakError (a ValueError) if any name
    of the register is still in an output: the outputs are then removed."""
    if people_path is None:
        raise AnonymiseError("is needed to anonymise (the family workbook)", field="people")
    register_path = register_path or default_register_path(people_path)
    register = load_register(people_path, register_path, today=today)
    anonymised, report = anonymise_run(run, register, date_mode, today=today)
    write_outputs(anonymised, out, formats)
    published = list(anonymised.written)
    for path in published:
        strip_metadata(path)
    report.published = published
    report.notes += anonymised.notes
    report.leaks = find_leaks(published, register)
    register.save(register_path)
    report_path = report_path or default_report_path(out)
    private = write_report(report, report_path)
    if report.leaks:
        for path in published:
            path.unlink(missing_ok=True)
        raise LeakError(
            f"{len(report.leaks)} names from the register are still in the anonymised outputs "
            f"(first: {report.leaks[0]}); outputs removed, see {report_path}"
        )
    return [*published, register_path, *private]


def published_text(path: Path) -> str:
    """Everything a reader of the file could see, as text (XML parts of XLSX and DOCX
    unescaped, sheet names and document properties included)."""
    if path.suffix.lower() in (".xlsx", ".xlsm", ".docx", ".pptx"):
        with zipfile.ZipFile(path) as archive:
            parts = [
                archive.read(n).decode("utf-8", "replace")
                for n in archive.namelist()
                if n.endswith((".xml", ".rels"))
            ]
        text = "\n".join(parts)
        return html.unescape(re.sub(r"<[^>]+>", " ", text))
    return path.read_text(encoding="utf-8-sig", errors="replace")


def find_leaks(paths: Sequence[Path], register: Register) -> list[str]:
    """Register names still present in the files: each word of a name (whole word; words that
    are ordinary English only when capitalised), whole organisation and address names, and
    numbers (digits compared without spaces)."""
    safe = {fold(w) for e in register.entries for w in TOKEN.findall(e.pseudonym)}
    safe |= {fold(w) for v in load_rules().placeholders.values() for w in TOKEN.findall(v)}
    loose: set[str] = set()
    strict: set[str] = set()
    phrases: set[str] = set()
    numbers: set[str] = set()
    for entry in register.entries:
        for name in entry.names:
            if entry.kind == "identifier":
                numbers.add(re.sub(r"\W", "", name).upper())
                continue
            if entry.kind in ("organisation", "address", "place"):
                phrases.add(" ".join(name.split()))
            for word in TOKEN.findall(name):
                if len(word) < 2 or fold(word) in safe or is_term(word) or word.islower():
                    # Lower case inside a name: a particle ("van Rensburg", "bin Salah", "do
                    # Nascimento"), listed or not; checking it would flag every "van" and "do".
                    continue
                if entry.kind in ("organisation", "address", "place") and is_ordinary(word):
                    continue
                (strict if is_ordinary(word) else loose).add(word)
    patterns: list[re.Pattern[str]] = []
    if loose:
        body = "|".join(re.escape(w) for w in sorted(loose, key=len, reverse=True))
        patterns.append(re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE))
    if strict:
        forms = {f for w in strict for f in (w.capitalize(), w.upper(), w)}
        body = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
        patterns.append(re.compile(rf"(?<![\w])(?:{body})(?![\w])"))
    if phrases:
        body = "|".join(
            re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+")
            for p in sorted(phrases, key=len, reverse=True)
        )
        patterns.append(re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE))
    family = {
        fold(w)
        for e in register.of_kind("person")
        if e.source == "family workbook"
        for n in e.names
        for w in TOKEN.findall(n)
    }
    kept = [
        p for p in load_rules().keep_phrases if not any(fold(w) in family for w in TOKEN.findall(p))
    ]
    keep = None
    if kept:
        body = "|".join(
            re.escape(p).replace("'", "['’]").replace(r"\ ", r"[\s-]+")
            for p in sorted(kept, key=len, reverse=True)
        )
        keep = re.compile(rf"(?<![\w'’])(?:{body})(?:e?s)?(?![\w'’])", re.IGNORECASE)
    leaks: list[str] = []
    for path in paths:
        text = published_text(path)
        if keep is not None:
            # "Moses basket" is equipment even when a practitioner is called Moses; a phrase
            # holding a family member's name is never set aside.
            text = keep.sub(" ", text)
        compact = re.sub(r"[\s-]", "", text).upper()
        found = {m.group() for pattern in patterns for m in pattern.finditer(text)}
        leaks += [f"{path.name}: {word}" for word in sorted(found)]
        for number in sorted(numbers):
            if len(number) >= 6 and number in compact:
                leaks.append(f"{path.name}: {number}")
    return leaks


# ---------------------------------------------------------------------- one file
TEXT_SUFFIXES = (".txt", ".md", ".text", ".log")


def anonymise_file(
    source: Path,
    out: Path,
    people_path: Path,
    date_mode: str = "month",
    register_path: Path | None = None,
    report_path: Path | None = None,
    today: dt.date | None = None,
) -> list[Path]:
    """Anonymise a chronology CSV or workbook (every cell, header and sheet name) or a plain
    text file into `out`; the register and report as for `write_anonymised`."""
    suffix = source.suffix.lower()
    if not source.is_file():
        raise AnonymiseError(f"{source}: no such file")
    if source.resolve() == out.resolve():
        raise AnonymiseError("must be a new file, not the input", field="out")
    kinds = {".csv": ".csv", ".xlsx": ".xlsx", ".xlsm": ".xlsx"}
    if suffix in kinds and out.suffix.lower() != kinds[suffix]:
        raise AnonymiseError(f"for a {suffix} input must end in {kinds[suffix]}", field="out")
    if suffix not in kinds and suffix not in TEXT_SUFFIXES:
        raise AnonymiseError(
            f"{source.name}: cannot anonymise a '{suffix or 'no extension'}' file "
            "(use .csv, .xlsx, .xlsm or plain text .txt/.md)"
        )
    register_path = register_path or default_register_path(people_path)
    register = load_register(people_path, register_path, today=today)
    anonymiser = Anonymiser(register, date_mode, today=today)
    report = Report(date_mode=date_mode, register=register)
    finder = ResidualFinder(register)
    sheets = _read_tables(source) if suffix in kinds else {"": [[_read_text(source)]]}
    items: list[tuple[str, Ctx]] = []
    for sheet, rows in sheets.items():
        header = rows[0] if rows and suffix in kinds else []
        items.append((sheet, Ctx(field="filename")))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                ctx = _cell_ctx(header, c, sheet, r, suffix in kinds and r > 0)
                items.append((cell, ctx))
    anonymiser.learn_all(items)
    result: dict[str, list[list[str]]] = {}
    for sheet, rows in sheets.items():
        header = rows[0] if rows and suffix in kinds else []
        new_rows = []
        for r, row in enumerate(rows):
            new_row = []
            for c, cell in enumerate(row):
                ctx = _cell_ctx(header, c, sheet, r, suffix in kinds and r > 0)
                text, replacements = anonymiser.redact(cell, ctx)
                report.add(ctx.where, ctx.field, replacements)
                report.residuals += finder.find(text, ctx.where, ctx.field, date_mode)
                new_row.append(text)
            if r > 0 and "date_precision" in header:
                # The date now reads "February 2017" or "when Child A was 2y 3m": say so.
                column = header.index("date_precision")
                if column < len(new_row):
                    new_row[column] = _coarsened(str(row[column]), date_mode)
            new_rows.append(new_row)
        result[anonymiser.redact_filename(sheet)] = new_rows
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        _write_csv_rows(out, result[next(iter(result))])
    elif suffix in kinds:
        _write_workbook(out, result)
    else:
        out.write_text(result[""][0][0], encoding="utf-8")
    strip_metadata(out)
    report.published = [out]
    report.counts = {
        "cells": sum(len(r) for rows in sheets.values() for r in rows),
        "replacements": len(report.replacements),
    }
    report.leaks = find_leaks([out], register)
    register.save(register_path)
    private = write_report(report, report_path or default_report_path(out))
    if report.leaks:
        out.unlink(missing_ok=True)
        raise LeakError(
            f"{len(report.leaks)} names from the register are still in {out.name} "
            f"(first: {report.leaks[0]}); output removed, see {private[0]}"
        )
    return [out, register_path, *private]


def _coarsened(precision: str, date_mode: str) -> str:
    """The precision of a date after anonymisation: an age, or at most a month."""
    if date_mode == "age":
        return "age"
    return "month" if precision == "day" else precision


def _cell_ctx(header: list[str], column: int, sheet: str, row: int, body: bool) -> Ctx:
    where = f"{sheet + ' ' if sheet else ''}row {row + 1} column {column + 1}"
    base = Ctx(where=where)
    if body and column < len(header) and header[column]:
        return _extra_ctx(header[column], base)
    return base


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_tables(path: Path) -> dict[str, list[list[str]]]:
    if path.suffix.lower() == ".csv":
        import csv
        import io

        return {"": [list(row) for row in csv.reader(io.StringIO(_read_text(path)))]}
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged file
        raise AnonymiseError(f"{path.name}: not a readable workbook ({error})") from None
    tables: dict[str, list[list[str]]] = {}
    for sheet in book.worksheets:
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append([_cell_text(v) for v in row])
        tables[sheet.title] = rows
    book.close()
    return tables


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M" if value.time() != dt.time(0) else "%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _write_csv_rows(path: Path, rows: list[list[str]]) -> None:
    import csv

    from chronology.output import neutralise

    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        for row in rows:
            writer.writerow([neutralise(v) for v in row])


def _write_workbook(path: Path, tables: dict[str, list[list[str]]]) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False, "strings_to_urls": False})
    used: set[str] = set()
    for name, rows in tables.items():
        title = re.sub(r"[\[\]:*?/\\]", " ", name)[:31] or "Sheet"
        base, number = title, 1
        while title.lower() in used:
            number += 1
            title = f"{base[:27]} ({number})"
        used.add(title.lower())
        sheet = book.add_worksheet(title)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value:
                    sheet.write_string(r, c, value)
    book.close()
