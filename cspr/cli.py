"""The `cspr` command: a thin layer over the domain packages."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from chronology.columns import SavedMapping
from chronology.errors import InputError
from chronology.filesafety import IngestError, Limits
from chronology.ingest import IngestResult
from chronology.output import write_csv
from chronology.pipeline import read_all
from chronology.schema import EVENT_COLUMNS, REJECTED_COLUMNS, Rejection

# The other packages' commands: (the commands it adds, its module, the function adding them).
# A module is imported only when one of its commands runs, or for the whole list (`cspr -h`):
# together they import a database layer, a web framework and the anonymiser, about 1.5 s that
# `cspr merge` and `cspr ingest` never use.
PACKAGE_COMMANDS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("genogram",), "genogram.cli", "add_genogram_command"),
    (("anonymise",), "anonymise.cli", "add_anonymise_command"),
    (("deadlines",), "reviews.cli", "add_deadlines_command"),
    (("review",), "reviews.review_cli", "add_review_command"),
    (("template", "documents", "check-report"), "reviews.documents_cli", "add_documents_commands"),
    (("dashboard", "serve", "worker"), "dashboard.cli", "add_dashboard_command"),
    (("user",), "accounts.cli", "add_user_command"),
)
CORE_COMMANDS = ("ingest", "merge", "classify", "demo")  # defined here, importing chronology only


def __getattr__(name: str) -> Any:
    """The demo case's folder and files, from the dashboard package only when asked for."""
    if name in ("DEMO_DIR", "demo_files"):
        from dashboard import demo

        return demo.DEMO_DIR if name == "DEMO_DIR" else demo.demo_chronologies
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class UsageError(Exception):
    """A mistake in the command line; printed as one line."""


def _agencies(args: argparse.Namespace) -> dict[str, str]:
    """`--agency FILE=NAME` options as file name -> agency, each naming a file given."""
    result = {}
    for pair in args.agency:
        name, sep, agency = pair.partition("=")
        if not sep or not name or not agency.strip():
            raise UsageError(f"--agency expects FILE=NAME, got '{pair}'")
        result[Path(name).name] = agency.strip()
    unknown = set(result) - {f.name for f in args.files}
    if unknown:
        raise UsageError(f"--agency names a file not given: {', '.join(sorted(unknown))}")
    return result


def write_ingest_outputs(results: Sequence[IngestResult], out: Path) -> tuple[int, str]:
    """Write events.csv, rejected.csv and the mapping report; the counts in words."""
    events = [event.as_row() for result in results for event in result.events]
    rejected = [rej.as_row() for result in results for rej in result.rejections]
    write_csv(out / "events.csv", EVENT_COLUMNS, events)
    write_csv(out / "rejected.csv", REJECTED_COLUMNS, rejected)
    report = "\n\n".join(result.mapping_report() for result in results)
    (out / "mapping_report.txt").write_text(report + "\n", encoding="utf-8")
    return len(events), rejected_words(r for result in results for r in result.rejections)


def rejected_words(rejections: Iterable[Rejection]) -> str:
    """'3 rejected rows' or '3 rejected rows, 2 lines that are not entries'."""
    kinds = Counter(r.refused for r in rejections)
    words = f"{kinds[True]} rejected row{'' if kinds[True] == 1 else 's'}"
    if kinds[False] == 1:
        words += ", 1 line that is not an entry"
    elif kinds[False]:
        words += f", {kinds[False]} lines that are not entries"
    return words


def _limits(args: argparse.Namespace) -> Limits:
    limits = Limits()
    if args.max_mb is not None:
        limits = replace(limits, max_file_bytes=args.max_mb << 20)
    return limits


def cmd_ingest(args: argparse.Namespace) -> int:
    """Every readable file is written; each refused file gets one line on stderr and the
    exit status is 2, so one bad file neither hides the others nor passes unnoticed."""
    mapping = SavedMapping.load(args.mapping) if args.mapping else None
    agencies, limits = _agencies(args), _limits(args)
    results, refused = [], []
    for path in args.files:
        try:
            results.extend(read_all([path], agencies, mapping, limits))
        except IngestError as error:
            refused.append(error)
    n_events, rejected = write_ingest_outputs(results, args.out)
    for result in results:
        print(result.mapping_report())
        for rejection in result.rejections:
            print(f"  {'rejected' if rejection.refused else 'not an entry'}: {rejection.message()}")
    if args.save_mapping:
        _save_mappings(results, args.save_mapping)
    print(
        f"\n{n_events} events, {rejected} from {len(results)} files "
        f"written to {args.out}/events.csv and {args.out}/rejected.csv"
    )
    for refusal in refused:
        print(f"cspr ingest: error: {refusal}", file=sys.stderr)
    return 2 if refused else 0


def _save_mappings(results: Sequence[IngestResult], path: Path) -> None:
    """Write the guessed column mapping so a reviewer can correct it and pass it to --mapping."""
    columns: dict[str, str | None] = {}
    for result in results:
        for sheet in result.sheets:
            for match in sheet.columns:
                if match.header:
                    columns.setdefault(match.header, match.field)
    path.write_text(SavedMapping(columns=columns).dump() + "\n", encoding="utf-8")
    print(f"mapping written to {path}; edit it and pass it back with --mapping")


def cmd_demo(args: argparse.Namespace) -> int:
    from dashboard.demo import DEMO_DIR
    from dashboard.demo import demo_chronologies as demo_files

    files = demo_files()
    if not files:
        raise UsageError(
            f"no demo files in {DEMO_DIR}: reinstall cspr (in a checkout: "
            "python sample_data/generate.py)"
        )
    out = args.out
    print("cspr demo: ingestion only (for the dashboard on the demo case: cspr dashboard --demo)")
    print(f"Ingesting the fictional demo case from {DEMO_DIR} into {out} ...\n")
    results = read_all(files)
    n_events, rejected_total = write_ingest_outputs(results, out)
    for result in results:
        sheets = [s for s in result.sheets if s.header_row is not None]
        accepted = sum(s.accepted for s in sheets)
        rejected = sum(s.rejected for s in sheets)
        print(f"  {result.file:<42} {result.agency:<24} {accepted:4} events {rejected:3} rejected")
    print(f"\n{n_events} events, {rejected_total}; see {out}/mapping_report.txt")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from chronology.pipeline import FORMATS, merge, write_outputs

    if args.anonymise and not args.people:
        raise UsageError("--anonymise needs --people FAMILY.xlsx (the people register)")
    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise UsageError(f"--formats: unknown {', '.join(sorted(unknown))} (use {FORMATS})")
    mapping = SavedMapping.load(args.mapping) if args.mapping else None
    try:
        results = read_all(args.files, _agencies(args), mapping, _limits(args))
    except IngestError as error:
        # An integrated chronology missing one agency would mislead: nothing is written.
        raise UsageError(
            f"{error}; nothing was written (correct the file or leave it out)"
        ) from None
    age_of = None
    if args.people:
        age_of = _subject_age(args.people)
    run = merge(results, args.decisions, age_of)
    if args.anonymise:
        from anonymise.apply import write_anonymised

        written = write_anonymised(run, args.out, formats, args.people, date_mode=args.dates)
        print(
            f"anonymised: {len(run.integration.events)} events written to {args.out}; "
            "the redaction report and the register (the key) are kept outside it:"
        )
        for path in written:
            print(f"  wrote {path}")
        return 0
    run = write_outputs(run, args.out, formats)
    integration = run.integration
    multi = sum(e.is_multi_agency for e in integration.events)
    merged_rows = sum(e.duplicate_count for e in integration.events)
    key = sum(e.classification.is_key_event for e in integration.events)
    print(
        f"{merged_rows} accepted rows from {len(results)} files -> {len(integration.events)} "
        f"events ({multi} multi-agency, {key} key events); {len(integration.possible)} possible "
        f"duplicates for review; {rejected_words(run.rejections)}"
    )
    for note in run.notes:
        print(f"note: {note}")
    for path in run.written:
        print(f"  wrote {path}")
    return 0


def _subject_age(path: Path) -> Callable[[dt.date, str], str]:
    """Age-at-event for the family workbook's subject child (exactly one, with a birth date)."""
    from chronology.ages import age_function
    from genogram.family import read_family

    family = read_family(path)
    subjects = family.role_subjects()
    if len(subjects) != 1:
        raise UsageError(
            f"{path.name}: expected one person with role 'subject child', found {len(subjects)}"
        )
    birth = family.subject_birth()
    if birth is None:
        raise UsageError(f"{path.name}: the subject child ({subjects[0]}) has no date of birth")
    return age_function(birth)


def cmd_classify(args: argparse.Namespace) -> int:
    from chronology.classify import classify_csv

    count = classify_csv(args.input, args.out)
    print(f"classified {count} rows -> {args.out}")
    return 0


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """Every command, or (given the command line) the core commands and the package command it
    names: only that package is imported."""
    named = None
    for arg in argv or ():
        if arg in ("-h", "--help"):  # `cspr -h merge`: the whole list
            break
        if not arg.startswith("-"):
            named = arg
            break
    wanted = [
        (module, function)
        for names, module, function in PACKAGE_COMMANDS
        if named is None or named in names
    ]
    if named is not None and not wanted and named not in CORE_COMMANDS:
        wanted = [(module, function) for _, module, function in PACKAGE_COMMANDS]  # a typo
    parser = argparse.ArgumentParser(
        prog="cspr",
        description="Integrated chronologies, genograms and review tracking for "
        "Child Safeguarding Practice Reviews.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = sub.add_parser(
        "ingest",
        help="read agencies' chronology workbooks into events.csv and rejected.csv",
        description="Read .xlsx/.xlsm/.docx/.csv chronologies; every row ends up in events.csv or "
        "rejected.csv (with its reason).",
    )
    ingest.add_argument("files", nargs="+", type=Path, metavar="FILE")
    ingest.add_argument("--out", type=Path, required=True, metavar="DIR")
    ingest.add_argument(
        "--agency",
        action="append",
        default=[],
        metavar="FILE=NAME",
        help="agency for a file (default: its agency column, else its file name)",
    )
    ingest.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE",
        help="saved column mapping (JSON) that overrides the guess",
    )
    ingest.add_argument(
        "--save-mapping",
        type=Path,
        metavar="FILE",
        help="write the guessed mapping as JSON, to correct and reuse",
    )
    ingest.add_argument(
        "--max-mb",
        type=int,
        metavar="MB",
        help="largest file accepted (default 50, or CSPR_MAX_FILE_MB)",
    )
    ingest.set_defaults(func=cmd_ingest)

    merge = sub.add_parser(
        "merge",
        help="ingest, deduplicate and classify into an integrated chronology",
        description="Read the agencies' files, merge rows that record the same occurrence, "
        "classify key events and write integrated.csv/.xlsx/.docx, sources.csv, "
        "possible_duplicates.csv and rejected.csv.",
    )
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE")
    merge.add_argument("--out", type=Path, required=True, metavar="DIR")
    merge.add_argument("--agency", action="append", default=[], metavar="FILE=NAME")
    merge.add_argument("--mapping", type=Path, metavar="FILE")
    merge.add_argument("--max-mb", type=int, metavar="MB")
    merge.add_argument(
        "--decisions",
        type=Path,
        metavar="FILE",
        help="reviewer's decisions (.csv or .json): same, different, category",
    )
    merge.add_argument(
        "--people",
        type=Path,
        metavar="FAMILY.xlsx",
        help="family workbook: adds the subject child's age at each event",
    )
    merge.add_argument(
        "--anonymise",
        action="store_true",
        help="anonymise every output (needs --people); report and register kept outside DIR",
    )
    merge.add_argument(
        "--dates",
        choices=("month", "age"),
        default="month",
        help="with --anonymise: dates as month and year, or as the child's age",
    )
    merge.add_argument(
        "--formats", default="csv,xlsx,docx", help="outputs to write (default: csv,xlsx,docx)"
    )
    merge.set_defaults(func=cmd_merge)

    classify = sub.add_parser(
        "classify",
        help="add key-event categories to a CSV with an event_text column",
    )
    classify.add_argument("input", type=Path, metavar="IN.csv")
    classify.add_argument("--out", type=Path, required=True, metavar="OUT.csv")
    classify.set_defaults(func=cmd_classify)

    for module, function in wanted:
        getattr(importlib.import_module(module), function)(sub)

    demo = sub.add_parser("demo", help="ingest the fictional demo case and print a summary")
    demo.add_argument("--out", type=Path, default=Path("out/demo"), metavar="DIR")
    demo.set_defaults(func=cmd_demo)
    return parser


def _database_error(error: Exception) -> bool:
    """An SQLAlchemy error: only possible once a command has imported SQLAlchemy."""
    found = sys.modules.get("sqlalchemy.exc")
    return found is not None and isinstance(error, found.SQLAlchemyError)


def main(argv: Sequence[str] | None = None) -> int:
    """Every file cspr writes holds case data: readable by this account only (files 0600,
    folders 0700), whatever umask the shell had. The umask is restored on return, for callers
    that run `main` inside a longer process (the tests)."""
    previous = os.umask(0o077)
    try:
        argv = sys.argv[1:] if argv is None else list(argv)
        parser = build_parser(argv)
        args = parser.parse_args(argv)
        try:
            return int(args.func(args))
        except InputError as error:  # the domains' family: its input named as a flag here
            print(f"cspr {args.command}: error: {error.as_flag()}", file=sys.stderr)
            return 2
        except (IngestError, UsageError, ValueError, OSError) as error:
            print(f"cspr {args.command}: error: {error}", file=sys.stderr)
            return 2
        except Exception as error:
            if not _database_error(error):
                raise
            # the database cannot be reached or used
            first = (str(error).strip().splitlines() or [type(error).__name__])[0]
            print(f"cspr {args.command}: error: database: {first}", file=sys.stderr)
            return 2
        except KeyboardInterrupt:
            return 130
    finally:
        os.umask(previous)


if __name__ == "__main__":
    sys.exit(main())
