"""A reviewer's overrides of the tool: these rows are the same occurrence, these are different,
this event's category is X. Kept in a file beside the review, applied on every run.

Decisions name source rows as `file|sheet|row#fingerprint` (both columns are in sources.csv).
The fingerprint, a hash of agency, date and text, finds the row again when an agency re-uploads
a corrected file and rows move; a decision whose row has changed or gone is reported, never
applied to whatever row now sits at that number. A bare `file|sheet|row` or a bare fingerprint
is accepted too.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path

from chronology.dedup import Decisions, source_key
from chronology.errors import InputError
from chronology.schema import Event

DECISION_KINDS = ("same", "different", "category")
_NON_WORD = re.compile(r"[^\w]+")


def fingerprint(event: Event) -> str:
    """A short hash of what the row says, independent of where it sits in the file (case,
    spacing and punctuation ignored, so re-saving a file does not change it)."""
    text = " ".join(_NON_WORD.sub(" ", f"{event.event_type} {event.event_text}".lower()).split())
    raw = f"{event.agency}|{event.date.isoformat()}|{event.date_precision}|{text}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


def load_decisions(path: Path, labels: Sequence[str]) -> Decisions:
    """Read a .json or .csv decisions file; ValueError with file and entry on a mistake.

    JSON: {"same": [[ROW, ROW, ...]], "different": [[ROW, ROW]], "category": {ROW: LABEL}}
    CSV:  decision,rows,category  (rows `;`-separated; category only for `category` lines)
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise InputError(f"{path.name}: cannot be read ({error.strerror})") from None
    decisions = Decisions()
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except ValueError as error:
            raise InputError(f"{path.name}: not valid JSON ({error})") from None
        entries = [("same", rows, "") for rows in data.get("same", [])]
        entries += [("different", rows, "") for rows in data.get("different", [])]
        entries += [("category", [row], label) for row, label in data.get("category", {}).items()]
    else:
        reader = csv.DictReader(io.StringIO(text))
        entries = [
            (
                (line.get("decision") or "").strip(),
                [r.strip() for r in (line.get("rows") or "").split(";") if r.strip()],
                (line.get("category") or "").strip(),
            )
            for line in reader
        ]
    for number, (kind, rows, label) in enumerate(entries, start=1):
        where = f"{path.name}, decision {number}"
        if kind not in DECISION_KINDS:
            raise InputError(f"{where}: '{kind}' is not one of {', '.join(DECISION_KINDS)}")
        if kind == "category":
            if label not in labels:
                raise InputError(f"{where}: '{label}' is not a key-event label")
            decisions.categories[rows[0]] = label
        elif len(rows) < 2 or (kind == "different" and len(rows) != 2):
            raise InputError(
                f"{where}: '{kind}' needs {'two' if kind == 'different' else 'two or more'} rows"
            )
        elif kind == "same":
            decisions.same.append(tuple(rows))
        else:
            decisions.different.append((rows[0], rows[1]))
    return decisions


def resolve(decisions: Decisions, events: Sequence[Event]) -> tuple[Decisions, list[str]]:
    """Translate fingerprints to current row keys; report decisions naming unknown rows."""
    if not (decisions.same or decisions.different or decisions.categories):
        return decisions, []
    print_of = {source_key(e): fingerprint(e) for e in events}
    by_print: dict[str, str] = {}
    for key, value in print_of.items():
        by_print.setdefault(value, key)
    unknown: list[str] = []

    def find(ref: str) -> str | None:
        key, _, wanted = ref.partition("#")
        if wanted:  # `file|sheet|row#fingerprint`: the row, even if it has moved
            if print_of.get(key) == wanted:
                return key
            if wanted in by_print:
                return by_print[wanted]
        elif key in print_of:
            return key
        elif key in by_print:  # a bare fingerprint
            return by_print[key]
        unknown.append(ref)
        return None

    same = [tuple(k for k in (find(r) for r in group) if k) for group in decisions.same]
    different = [(a, b) for a, b in ((find(x), find(y)) for x, y in decisions.different) if a and b]
    categories = {k: v for ref, v in decisions.categories.items() if (k := find(ref))}
    notes = [
        f"decision not applied: row {ref} is not in the inputs (changed or removed)"
        for ref in unknown
    ]
    return Decisions([g for g in same if len(g) > 1], different, categories), notes
