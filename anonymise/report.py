"""The redaction report, for the reviewer only: what was replaced where, what may remain
(residual risks) and the register's pseudonyms. It names real people, so it is written beside
the outputs, never into them."""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from anonymise.redact import Replacement
from anonymise.register import Register
from anonymise.residual import Residual
from chronology.output import neutralise


@dataclass
class Report:
    date_mode: str
    register: Register
    replacements: list[tuple[str, str, Replacement]] = field(default_factory=list)
    residuals: list[Residual] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    renamed: dict[str, str] = field(default_factory=dict)
    leaks: list[str] = field(default_factory=list)
    published: list[Path] = field(default_factory=list)

    def add(self, where: str, field_name: str, replacements: tuple[Replacement, ...]) -> None:
        for replacement in replacements:
            self.replacements.append((where, field_name, replacement))


def render_markdown(report: Report) -> str:
    kinds = Counter(r.kind for _, _, r in report.replacements)
    residual_kinds = Counter(r.kind for r in report.residuals)
    lines = [
        "# Redaction report",
        "",
        "For the reviewer only. It names real people: never publish it or attach it to the",
        "anonymised files.",
        "",
        f"Dates: {'month and year' if report.date_mode == 'month' else 'age of the subject'}.",
    ]
    for name, value in report.counts.items():
        lines.append(f"- {name}: {value:,}")
    if report.published:
        lines += ["", "## Published files", ""]
        lines += [f"- {p}" for p in report.published]
    lines += ["", "## Leak check", ""]
    if report.leaks:
        lines.append(f"**{len(report.leaks)} register names still appear in the outputs:**")
        lines += [f"- {leak}" for leak in report.leaks]
    else:
        lines.append(
            "No name, alias, address, organisation or number from the register appears "
            "in the published files."
        )
    lines += ["", "## Replacements by kind", ""]
    lines += [f"- {kind}: {count:,}" for kind, count in kinds.most_common()]
    if report.renamed:
        lines += ["", "## Renamed sources (file or sheet names that carried a name)", ""]
        lines += [f"- {old} -> {new}" for old, new in report.renamed.items()]
    lines += ["", "## Residual risks: check each before publishing", ""]
    if not report.residuals:
        lines.append("None found.")
    for kind, count in residual_kinds.most_common():
        lines += ["", f"### {kind} ({count})", ""]
        by_text = Counter(r.text for r in report.residuals if r.kind == kind)
        examples = {r.text: r for r in report.residuals if r.kind == kind}
        for text, n in by_text.most_common(200):
            example = examples[text]
            lines.append(
                f"- `{text}` x{n}: {example.where} ({example.field}): ...{example.context}..."
            )
    shared = [
        (where, field_name, r)
        for where, field_name, r in report.replacements
        if r.note.startswith(("ambiguous", "assumed"))
    ]
    if shared:
        lines += ["", "## Names two family members share: check each", ""]
        lines += [
            f"- {where} ({field_name}): '{r.original}' -> '{r.replacement}' ({r.note})"
            for where, field_name, r in shared[:500]
        ]
    if report.register.disagreements:
        lines += ["", "## Pseudonyms: the workbook's role and the family tree disagree", ""]
        lines += [f"- {line}" for line in report.register.disagreements]
    if report.notes:
        lines += ["", "## Notes", ""]
        lines += [f"- {note}" for note in report.notes]
    lines += [
        "",
        "## Register (the key)",
        "",
        "| kind | pseudonym | names | source |",
        "|---|---|---|---|",
    ]
    for entry in report.register.entries:
        names = "; ".join(entry.names).replace("|", "/")
        lines.append(f"| {entry.kind} | {entry.pseudonym} | {names} | {entry.source} |")
    lines += [
        "",
        "## What was replaced where",
        "",
        "Every replacement is listed in the CSV file beside this report.",
    ]
    return "\n".join(lines) + "\n"


def write_report(report: Report, path: Path) -> list[Path]:
    """The Markdown report at `path` and every replacement in `<path stem>.csv` beside it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_markdown(report), encoding="utf-8")
    table = path.with_suffix(".csv")
    with table.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["where", "field", "kind", "original", "replacement", "note"])
        for where, field_name, r in report.replacements:
            row = [where, field_name, r.kind, r.original, r.replacement, r.note]
            writer.writerow([neutralise(value) for value in row])
    return [path, table]
