"""`cspr deadlines`: the due dates that follow from a case's key dates.

Dates on the command line are ISO (`2024-05-03`) or UK day first (`03/05/2024`); nothing else,
because `05/03/2024` read month first would move a statutory deadline by two months. Mistakes
raise ValueError with one line, which the main CLI prints as `cspr deadlines: error: ...`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Sequence

from reviews.timescales import Deadline, Source, deadlines_for, format_day, load_rules
from reviews.workingdays import default_calendar

# option -> (keyword of deadlines_for, what the date is)
OPTIONS: dict[str, tuple[Source, str]] = {
    "--referral": ("referral", "the day the serious incident was referred"),
    "--awareness": (
        "la_awareness",
        "the day the local authority learnt of the incident (default: the referral)",
    ),
    "--scoping-sent": (
        "scoping_sent",
        "the day the scoping form was sent (default: its due date)",
    ),
    "--meeting": ("meeting", "the day of the rapid review meeting"),
    "--decision": ("decision", "the day the partners decided to commission a review"),
    "--publication": ("publication", "the planned publication date of the report"),
}
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$")
_UK = re.compile(r"^(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})$")


def parse_cli_date(text: str, option: str) -> dt.date:
    """A date typed as `2024-05-03` or `03/05/2024` (day first); ValueError otherwise."""
    cleaned = text.strip()
    match = _ISO.match(cleaned) or _UK.match(cleaned)
    if match is None:
        raise ValueError(
            f"{option} '{text}' is not a date: give 2024-05-03 or 03/05/2024 (day first)"
        )
    try:
        return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        raise ValueError(f"{option} '{text}' does not exist (dates are read day first)") from None


def add_deadlines_command(subparsers: argparse._SubParsersAction) -> None:
    """Register `deadlines` on the main CLI's subparsers."""
    parser = subparsers.add_parser(
        "deadlines",
        help="due dates of a rapid review or CSPR from its key dates",
        description="Print the statutory and local due dates that follow from the dates given "
        "(at least one), counted in England working days. Dates: 2024-05-03 or 03/05/2024 "
        "(day first).",
    )
    for option, (keyword, help_text) in OPTIONS.items():
        parser.add_argument(option, dest=keyword, metavar="DATE", help=help_text)
    parser.add_argument("--json", action="store_true", help="print a JSON object of ISO dates")
    parser.set_defaults(func=run_deadlines)


def format_table(given: dict[Source, dt.date], deadlines: Sequence[Deadline]) -> str:
    """Deadlines by date, each with its rule in words and a numbered note of its guidance."""
    calendar = default_calendar()
    editions = list(dict.fromkeys(deadline.edition for deadline in deadlines))
    lines = [f"Deadlines (rules version {load_rules().version}) from:"]
    for option, (keyword, _) in OPTIONS.items():
        if keyword in given:
            lines.append(f"  {option[2:]:<14} {format_day(given[keyword])}")
    lines.append("")
    for deadline in sorted(deadlines, key=lambda d: d.due):  # stable: rule order on ties
        source = editions.index(deadline.edition) + 1
        lines.append(f"{format_day(deadline.due)}  {deadline.description} [{source}]")
        lines.append(f"{'':16}{deadline.key}: {deadline.rule}")
        if reason := calendar.non_working_reason(deadline.due):
            lines.append(f"{'':16}(falls on a non-working day: {reason})")
        if deadline.note:
            lines.append(f"{'':16}({deadline.note})")
    lines.append("")
    lines.extend(f"[{number}] {edition}" for number, edition in enumerate(editions, start=1))
    lines.append(
        "Working days: Monday to Friday except bank holidays in England and the days in "
        "reviews/rules/closures.toml."
    )
    return "\n".join(lines) + "\n"


def run_deadlines(args: argparse.Namespace) -> int:
    given: dict[Source, dt.date] = {
        keyword: parse_cli_date(text, option)
        for option, (keyword, _) in OPTIONS.items()
        if (text := getattr(args, keyword, None)) is not None
    }
    if not given:
        raise ValueError(f"give at least one date: {', '.join(OPTIONS)}")
    # Each date by name: a `**given` would let a key of OPTIONS reach `calendar` or `rules`
    deadlines = deadlines_for(
        referral=given.get("referral"),
        la_awareness=given.get("la_awareness"),
        scoping_sent=given.get("scoping_sent"),
        meeting=given.get("meeting"),
        decision=given.get("decision"),
        publication=given.get("publication"),
    )
    if args.json:
        data = {deadline.key: deadline.due.isoformat() for deadline in deadlines}
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        sys.stdout.write(format_table(given, deadlines))
    return 0
