"""The wording and fixed data of the generated documents (rules/documents.toml), read into
frozen dataclasses once. A partnership changes a letter by editing that file, not the code; a
mistake there (an unknown key, a placeholder the code cannot fill) is a ValueError naming the
file and the key, as `reviews.timescales.parse_rules` does for the timescales."""

from __future__ import annotations

import string
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

ORIGIN = "documents.toml"
# Every placeholder a text may use; the documents fill those they know (the rest are refused).
PLACEHOLDERS = frozenset(
    {
        "reference", "child", "agency", "due", "requested", "referral", "incident", "awareness",
        "meeting", "decision", "decision_date", "rationale", "partnership", "lead_reviewer",
        "edition", "health_partner", "scope_from", "scope_to", "recipient", "review_type",
        "reason", "publication",
    }
)  # fmt: skip
WHENS = ("incident", "decision", "reviewer", "delay", "report")


@dataclass(frozen=True)
class TemplateColumn:
    header: str
    field: str
    width: int
    help: str


@dataclass(frozen=True)
class Recipient:
    key: str
    name: str  # as logged: `cspr review notify REF --to "National Panel"`
    full: str
    email: str


@dataclass(frozen=True)
class NotificationRule:
    key: str
    when: str
    to: tuple[str, ...]
    subject: str
    body: tuple[str, ...]


@dataclass(frozen=True)
class DocumentRules:
    version: str
    partnership: str
    columns: tuple[TemplateColumn, ...]
    template_title: str
    instructions: tuple[str, ...]
    texts: dict[str, tuple[str, ...]]
    recipients: dict[str, Recipient]
    notifications: tuple[NotificationRule, ...]

    def text(self, key: str) -> tuple[str, ...]:
        if key not in self.texts:
            raise ValueError(f"{ORIGIN}: no texts.{key}")
        return self.texts[key]


def _keys(table: Any, allowed: set[str], where: str) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise ValueError(f"{ORIGIN}: {where} must be a table")
    if unknown := set(table) - allowed:
        raise ValueError(f"{ORIGIN}: {where}: unknown key(s) {', '.join(sorted(unknown))}")
    if missing := allowed - set(table) - {"help"}:
        raise ValueError(f"{ORIGIN}: {where}: missing {', '.join(sorted(missing))}")
    return table


def _paragraphs(value: Any, where: str) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        raise ValueError(f"{ORIGIN}: {where} must be text or a list of texts")
    for item in items:
        for _, name, _, _ in string.Formatter().parse(item):
            if name is not None and name not in PLACEHOLDERS:
                raise ValueError(f"{ORIGIN}: {where}: unknown placeholder {{{name}}}")
    return tuple(items)


def parse_document_rules(text: str) -> DocumentRules:
    """Read and check documents.toml; every mistake names the file and the key."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{ORIGIN}: not valid TOML ({error})") from None
    root = _keys(
        data,
        {"version", "partnership", "template", "texts", "recipients", "notifications"},
        "the file",
    )
    template = _keys(root["template"], {"columns", "title", "instructions"}, "[template]")
    columns = tuple(
        TemplateColumn(str(c["header"]), str(c["field"]), int(c["width"]), str(c.get("help", "")))
        for n, c in enumerate(template["columns"], start=1)
        if _keys(c, {"header", "field", "width", "help"}, f"template.columns {n}")
    )
    fields = [c.field for c in columns]
    if "date" not in fields or len(set(fields)) != len(fields):
        raise ValueError(f"{ORIGIN}: template.columns need a date column and each field once")
    recipients = {
        key: Recipient(key, *(str(r[k]) for k in ("name", "full", "email")))
        for key, r in root["recipients"].items()
        if _keys(r, {"name", "full", "email"}, f"recipients.{key}")
    }
    notifications = []
    for n, item in enumerate(root["notifications"], start=1):
        rule = _keys(item, {"key", "when", "to", "subject", "body"}, f"notifications {n}")
        if rule["when"] not in WHENS:
            raise ValueError(f"{ORIGIN}: notifications {n}: when must be one of {WHENS}")
        if unknown := [r for r in rule["to"] if r not in recipients]:
            raise ValueError(f"{ORIGIN}: notifications {n}: unknown recipient(s) {unknown}")
        notifications.append(
            NotificationRule(
                str(rule["key"]),
                str(rule["when"]),
                tuple(rule["to"]),
                _paragraphs(rule["subject"], f"notifications {n} subject")[0],
                _paragraphs(rule["body"], f"notifications {n} body"),
            )
        )
    return DocumentRules(
        version=str(root["version"]),
        partnership=str(root["partnership"]),
        columns=columns,
        template_title=str(template["title"]),
        instructions=_paragraphs(template["instructions"], "template.instructions"),
        texts={k: _paragraphs(v, f"texts.{k}") for k, v in root["texts"].items()},
        recipients=recipients,
        notifications=tuple(notifications),
    )


@cache
def load_document_rules(path: str | None = None) -> DocumentRules:
    """The packaged wording (or a partnership's own file), read and checked once per process."""
    if path is None:
        text = resources.files("reviews").joinpath("rules/documents.toml").read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return parse_document_rules(text)


def fill(text: str, values: dict[str, str]) -> str:
    """A text with its placeholders filled; one the caller cannot fill reads "[not recorded]"
    rather than failing, so a partly tracked review still gets its draft."""

    class _Missing(dict[str, str]):
        def __missing__(self, key: str) -> str:
            return "[not recorded]"

    return text.format_map(_Missing(values))
