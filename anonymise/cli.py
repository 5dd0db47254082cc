"""`cspr anonymise`: anonymise a chronology file or a plain text with a review's register.

    cspr anonymise IN --people FAMILY.xlsx --out OUT [--dates month|age] [--register FILE]

The main CLI registers it with `add_anonymise_command`; mistakes raise ValueError with one line,
which it prints as `cspr anonymise: error: ...` (exit 2).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from anonymise.apply import anonymise_file
from anonymise.redact import DATE_MODES


def add_anonymise_command(subparsers: argparse._SubParsersAction) -> None:
    """Register `anonymise` on the main CLI's subparsers."""
    parser = subparsers.add_parser(
        "anonymise",
        help="anonymise a chronology (.csv, .xlsx) or a plain text with the review's register",
        description="Replace names, practitioners, organisations, addresses, numbers and dates "
        "using the family workbook and the review's register (saved beside the workbook as "
        "FAMILY.register.json, editable). The redaction report, which names real people, is "
        "written beside OUT, never into it.",
    )
    parser.add_argument("input", type=Path, metavar="IN")
    parser.add_argument("--people", type=Path, required=True, metavar="FAMILY.xlsx")
    parser.add_argument("--out", type=Path, required=True, metavar="OUT")
    parser.add_argument(
        "--dates",
        choices=DATE_MODES,
        default="month",
        help="dates become month and year (default) or the subject child's age",
    )
    parser.add_argument(
        "--register",
        type=Path,
        metavar="FILE",
        help="the review's register (default: FAMILY.register.json beside the workbook)",
    )
    parser.set_defaults(func=run_anonymise)


def run_anonymise(args: argparse.Namespace) -> int:
    """Carry out `cspr anonymise`; returns the exit status."""
    if not args.people.is_file():
        raise ValueError(f"--people: {args.people} is not a file")
    written = anonymise_file(args.input, args.out, args.people, args.dates, args.register)
    out, register, report = written[0], written[1], written[2]
    sys.stdout.write(f"anonymised {args.input.name} -> {out}\n")
    sys.stdout.write(f"  register (the key, keep private): {register}\n")
    sys.stdout.write(f"  redaction report (not for publication): {report}\n")
    return 0
