"""`cspr documents`, `cspr template chronology` and `cspr check-report`: thin layers over
`reviews.documents`, `reviews.chronology_template` and `reviews.report_check`.

Mistakes raise ValueError (or ReviewError, a ValueError) with one line naming the file or
option, which the main CLI prints as `cspr COMMAND: error: ...` with exit status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reviews.cli import parse_cli_date
from reviews.requests import chronology_due

if TYPE_CHECKING:
    pass


def _date(option: str) -> Callable[[str], dt.date]:
    def parse(text: str) -> dt.date:
        try:
            return parse_cli_date(text, option)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return parse


def add_documents_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register `documents`, `template` and `check-report` on the main CLI."""
    _add_documents(subparsers)
    _add_template(subparsers)
    _add_check_report(subparsers)


def _add_template(subparsers: argparse._SubParsersAction) -> None:
    template = subparsers.add_parser(
        "template",
        help="blank workbooks for agencies (the chronology template)",
        description="Write the agency chronology template: the guidance's columns, dates "
        "validated as UK dates, dropdowns, instructions and the due date.",
    )
    kinds = template.add_subparsers(dest="kind", required=True, metavar="KIND")
    chron = kinds.add_parser("chronology", help="the agency chronology template (.xlsx)")
    chron.add_argument("--agency", metavar="NAME", help="the agency the template is for")
    chron.add_argument("--due", type=_date("--due"), metavar="DATE", help="return by this date")
    chron.add_argument(
        "--review",
        metavar="REFERENCE",
        help="a tracked review: its reference, child and (with --agency) the due date of the "
        "chronology requested from that agency",
    )
    chron.add_argument("--database", metavar="URL", help="default: CSPR_DATABASE_URL or SQLite")
    chron.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    chron.set_defaults(func=run_template)


def run_template(args: argparse.Namespace) -> int:
    from reviews.chronology_template import write_chronology_template

    due, reference, child = args.due, "", "the child"
    if args.review:
        from reviews.documents import open_review

        with open_review(args.database, args.review) as review:
            reference, child = review.reference, review.child_pseudonym
            if args.agency and due is None:
                due = chronology_due(review, args.agency)
    write_chronology_template(
        args.out, agency=args.agency, due=due, reference=reference, child=child
    )
    when = f", due {due:%d/%m/%Y}" if due else ""
    sys.stdout.write(f"chronology template written to {args.out}{when}\n")
    return 0


def _add_documents(subparsers: argparse._SubParsersAction) -> None:
    docs = subparsers.add_parser(
        "documents",
        help="a review's letters, rapid review pack, terms of reference and notifications",
        description="Write, from what is tracked, the scoping request letters, the rapid review "
        "pack, the terms of reference draft, the notifications (.txt and .eml) and the family "
        "invitation (DOCX). The review's chronology files and family workbook are those added "
        "in the dashboard unless given here.",
    )
    docs.add_argument("reference")
    docs.add_argument("--out", type=Path, required=True, metavar="DIR")
    docs.add_argument("--database", metavar="URL", help="default: CSPR_DATABASE_URL or SQLite")
    docs.add_argument(
        "--people", type=Path, metavar="FAMILY.xlsx", help="family workbook (genogram, subjects)"
    )
    docs.add_argument(
        "--chronology",
        nargs="+",
        type=Path,
        default=[],
        metavar="FILE",
        help="agencies' chronologies to merge (default: those added to the review)",
    )
    docs.add_argument(
        "--anonymise",
        action="store_true",
        help="anonymise every document (needs the family workbook); checked for leaks",
    )
    docs.add_argument("--dates", choices=("month", "age"), default="month")
    docs.add_argument("--scope-from", type=_date("--scope-from"), metavar="DATE")
    docs.add_argument("--scope-to", type=_date("--scope-to"), metavar="DATE")
    docs.add_argument("--today", type=_date("--today"), metavar="DATE", help=argparse.SUPPRESS)
    docs.set_defaults(func=run_documents)


def run_documents(args: argparse.Namespace) -> int:
    from reviews.case_inputs import Request, describe, make_documents
    from reviews.documents import review_session

    for path in [*args.chronology, *([args.people] if args.people else [])]:
        if not path.is_file():
            raise ValueError(f"{path}: no such file")
    request = Request(
        reference=args.reference,
        out=args.out,
        anonymise=args.anonymise,
        people=args.people,
        chronology=tuple(args.chronology),
        date_mode=args.dates,
        scope_from=args.scope_from,
        scope_to=args.scope_to,
        today=args.today,
    )
    with review_session(args.database) as session:
        written = make_documents(session, request)
    sys.stdout.write(describe(written, args.out, args.anonymise, args.reference) + "\n")
    return 0


def _add_check_report(subparsers: argparse._SubParsersAction) -> None:
    check = subparsers.add_parser(
        "check-report",
        help="list every identifying string in a draft report (.docx) and where it is",
        description="Read a draft report's body, tables, headers and footers, footnotes, "
        "comments, tracked changes and properties, and list each identifying string found by "
        "the anonymiser on the review's register. Exit status 1 when anything is found, 0 when "
        "clean, 2 when the file cannot be read.",
    )
    check.add_argument("report", type=Path, metavar="REPORT.docx")
    check.add_argument(
        "--people", type=Path, required=True, metavar="FAMILY.xlsx", help="family workbook"
    )
    check.set_defaults(func=run_check_report)


def run_check_report(args: argparse.Namespace) -> int:
    from reviews.report_check import check_report

    if not args.people.is_file():
        raise ValueError(f"{args.people}: no such file")
    result = check_report(args.report, args.people)
    lines = [finding.line() for finding in result.findings]
    if result.findings:
        lines.append(
            f"{len(result.findings)} identifying strings in {args.report.name} "
            f"({result.places} places read)"
        )
    else:
        lines.append(f"no identifying strings in {args.report.name} ({result.places} places read)")
    if result.to_check:
        lines.append("To check (exact dates, capitalised words that may be names; not counted):")
        lines += [f"  {f.where}: '{f.original}' ({f.kind})" for f in result.to_check]
    sys.stdout.write("\n".join(lines) + "\n")
    return 1 if result.findings else 0
