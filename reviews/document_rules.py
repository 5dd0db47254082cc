"""The wording and fixed data of the generated documents (rules/documents.toml), read into
frozen dataclasses once. A partnership changes a letter by editing that file, not the code; a
mistake there (an unknown key, a placeholder the code cannot fill) is a ValueError naming the
file and the key, as `reviews.timescales.parse_rules` does for the timescales."""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cache

from rulefiles import RulesError, parse, rules_file, source

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


@dataclass(frozen=True)
class ColumnSpec:
    header: str
    field: str
    width: int
    help: str = ""


@dataclass(frozen=True)
class TemplateSpec:
    columns: tuple[ColumnSpec, ...]
    title: str
    instructions: str | tuple[str, ...]


@dataclass(frozen=True)
class RecipientSpec:
    name: str
    full: str
    email: str


@dataclass(frozen=True)
class NotificationSpec:
    key: str
    when: str
    to: tuple[str, ...]
    subject: str | tuple[str, ...]
    body: str | tuple[str, ...]


@rules_file("reviews", ORIGIN)
@dataclass(frozen=True)
class DocumentsFile:
    version: int | str
    partnership: str
    template: TemplateSpec
    texts: dict[str, str | tuple[str, ...]]  # text key -> a paragraph or a list of them
    recipients: dict[str, RecipientSpec]
    notifications: tuple[NotificationSpec, ...]


def _paragraphs(value: str | tuple[str, ...], where: str) -> tuple[str, ...]:
    items = (value,) if isinstance(value, str) else value
    for item in items:
        for _, name, _, _ in string.Formatter().parse(item):
            if name is not None and name not in PLACEHOLDERS:
                raise RulesError(f"{ORIGIN}: {where}: unknown placeholder {{{name}}}")
    return items


def parse_document_rules(text: str) -> DocumentRules:
    """Read and check documents.toml; every mistake names the file and the key."""
    root = parse(DocumentsFile, text, ORIGIN)
    template = root.template
    columns = tuple(TemplateColumn(c.header, c.field, c.width, c.help) for c in template.columns)
    fields = [c.field for c in columns]
    if "date" not in fields or len(set(fields)) != len(fields):
        raise RulesError(f"{ORIGIN}: template.columns need a date column and each field once")
    recipients = {
        key: Recipient(key, r.name, r.full, r.email) for key, r in root.recipients.items()
    }
    notifications = []
    for n, rule in enumerate(root.notifications, start=1):
        if rule.when not in WHENS:
            raise RulesError(f"{ORIGIN}: notifications {n}: when must be one of {WHENS}")
        if unknown := [r for r in rule.to if r not in recipients]:
            raise RulesError(f"{ORIGIN}: notifications {n}: unknown recipient(s) {unknown}")
        notifications.append(
            NotificationRule(
                rule.key,
                rule.when,
                rule.to,
                _paragraphs(rule.subject, f"notifications {n} subject")[0],
                _paragraphs(rule.body, f"notifications {n} body"),
            )
        )
    return DocumentRules(
        version=str(root.version),
        partnership=root.partnership,
        columns=columns,
        template_title=template.title,
        instructions=_paragraphs(template.instructions, "template.instructions"),
        texts={k: _paragraphs(v, f"texts.{k}") for k, v in root.texts.items()},
        recipients=recipients,
        notifications=tuple(notifications),
    )


@cache
def load_document_rules(path: str | None = None) -> DocumentRules:
    """The packaged wording (or a partnership's own file), read and checked once per process."""
    return parse_document_rules(source(DocumentsFile, path)[0])


def fill(text: str, values: dict[str, str]) -> str:
    """A text with its placeholders filled; one the caller cannot fill reads "[not recorded]"
    rather than failing, so a partly tracked review still gets its draft."""

    class _Missing(dict[str, str]):
        def __missing__(self, key: str) -> str:
            return "[not recorded]"

    return text.format_map(_Missing(values))
