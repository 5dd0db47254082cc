"""`cspr genogram`: draw a family workbook, or write a blank one.

    cspr genogram FAMILY.xlsx --out FILE [--anonymise] [--as-at DATE] [--subject PERSON_ID]
    cspr genogram --template OUT.xlsx

The main CLI registers the command with `add_genogram_command`; mistakes raise ValueError with
one line naming the sheet and row, which it prints as `cspr genogram: error: ...` (exit 2).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import replace
from pathlib import Path

from chronology.dates import DateError, parse_date
from genogram.build import build_genogram
from genogram.export import FORMATS, write_genogram
from genogram.family import Family, read_family
from genogram.model import FamilyGraph
from genogram.pseudonyms import pseudonym_details
from genogram.template import write_template


def add_genogram_command(subparsers: argparse._SubParsersAction) -> None:
    """Register `genogram` on the main CLI's subparsers."""
    parser = subparsers.add_parser(
        "genogram",
        help="draw the family's genogram (svg, png, pdf, json, ged) or write a blank workbook",
        description="Draw a genogram from a family workbook (sheets People and "
        "Relationships). The format follows the extension of --out: "
        f"{', '.join(FORMATS)}. Use --template to get a blank workbook.",
    )
    parser.add_argument("family", nargs="?", type=Path, metavar="FAMILY.xlsx")
    parser.add_argument("--out", type=Path, metavar="FILE", help="file to write")
    parser.add_argument(
        "--anonymise",
        action="store_true",
        help="role labels and pseudonyms, ages only: no names, dates, ids or notes",
    )
    parser.add_argument(
        "--as-at",
        metavar="DATE",
        help="show households and relationships as they were on DATE (03/11/2018 or "
        "2018-11-03, day first)",
    )
    parser.add_argument(
        "--subject",
        metavar="PERSON_ID",
        help="the subject child (default: the person whose role is 'subject child')",
    )
    parser.add_argument(
        "--template", type=Path, metavar="OUT.xlsx", help="write a blank family workbook"
    )
    parser.set_defaults(func=run_genogram)


def run_genogram(args: argparse.Namespace) -> int:
    """Carry out `cspr genogram`; returns the exit status."""
    if args.template is not None:
        if args.family is not None or args.out is not None:
            raise ValueError("--template takes no family workbook and no --out")
        write_template(args.template)
        sys.stdout.write(f"blank family workbook written to {args.template}\n")
        return 0
    if args.family is None:
        raise ValueError("give a family workbook (FAMILY.xlsx) or --template OUT.xlsx")
    if args.out is None:
        raise ValueError("--out FILE is required (its extension sets the format)")
    if args.out.suffix.lower() not in FORMATS:
        raise ValueError(
            f"--out must end in {', '.join(FORMATS)} (got '{args.out.suffix or args.out.name}')"
        )
    as_at = _as_at(args.as_at)
    family = read_family(args.family)
    if args.anonymise:
        family = _with_register_pseudonyms(family, args.family)
    genogram = build_genogram(family, subject=args.subject, as_at=as_at, anonymise=args.anonymise)
    write_genogram(genogram, args.out)
    kind = "anonymised genogram" if args.anonymise else "genogram"
    sys.stdout.write(f"{kind} of {len(genogram.layout.people)} people written to {args.out}\n")
    if args.anonymise:
        # The pseudonyms follow the workbook's role; where the family tree reads a person
        # otherwise, the reviewer should know before publishing (as the redaction report says).
        for line in pseudonym_details(FamilyGraph(family)).disagreements:
            sys.stdout.write(f"note: {line}\n")
    return 0


def _with_register_pseudonyms(family: Family, workbook: Path) -> Family:
    """Use the review's people register (saved by the anonymisation of the chronology) so a
    pseudonym a reviewer or the family chose is the same in the genogram as in the report."""
    from anonymise.register import default_register_path

    path = default_register_path(workbook)
    if not path.exists():
        return family
    try:
        entries = json.loads(path.read_text(encoding="utf-8")).get("entries", [])
    except (OSError, ValueError) as error:
        raise ValueError(f"{path.name}: not a readable register ({error})") from None
    chosen = {
        str(e["key"]).removeprefix("person:"): str(e["pseudonym"])
        for e in entries
        if e.get("kind") == "person" and str(e.get("key", "")).startswith("person:")
    }
    people = {
        pid: replace(person, pseudonym=chosen[pid]) if pid in chosen else person
        for pid, person in family.people.items()
    }
    return Family(people, family.relationships, family.source)


def _as_at(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        parsed = parse_date(text)
    except DateError as error:
        raise ValueError(f"--as-at: {error}") from None
    if parsed.precision != "day":
        raise ValueError(f"--as-at '{text}' must be a whole date (day, month and year)")
    return parsed.value
