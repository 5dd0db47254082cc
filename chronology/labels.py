"""Key-event categories and chronology fields in words (rules/labels.toml): what a person reads
instead of an internal name (`strategy_discussion`, `event_text`), and the few groups the
timeline's legend draws as shapes. Read and checked once; a mistake in the file is a ValueError
naming the file and the label."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from chronology.classify import LABELS
from chronology.schema import CANONICAL_FIELDS
from rulefiles import RulesError, parse, rules_file, source


@dataclass(frozen=True)
class CategoryWords:
    label: str
    name: str
    group: str


@dataclass(frozen=True)
class LabelRules:
    version: str
    groups: tuple[str, ...]
    labels: dict[str, CategoryWords]
    fields: dict[str, str]


@dataclass(frozen=True)
class CategorySpec:
    name: str
    group: str


@rules_file("chronology", "labels.toml")
@dataclass(frozen=True)
class LabelsFile:
    version: int | str
    groups: tuple[str, ...]
    labels: dict[str, CategorySpec]  # key-event label -> its words and legend group
    fields: dict[str, str]  # chronology field -> its words


def parse_labels(text: str, origin: str = "labels.toml") -> LabelRules:
    """Read and check a labels file: every known label named once, in a listed group."""
    data = parse(LabelsFile, text, origin)
    groups = data.groups
    if not all(groups):
        raise RulesError(f"{origin}: groups must be a list of names")
    labels: dict[str, CategoryWords] = {}
    for label, entry in data.labels.items():
        if label not in LABELS:
            raise RulesError(f"{origin}: labels.{label} is not a key-event label")
        name, group = entry.name, entry.group
        if not name.strip():
            raise RulesError(f"{origin}: labels.{label} has no name")
        if group not in groups:
            raise RulesError(f"{origin}: labels.{label} is in group {group!r}, not in groups")
        labels[label] = CategoryWords(label, name.strip(), group)
    if missing := [label for label in LABELS if label not in labels]:
        raise RulesError(f"{origin}: no words for {', '.join(missing)}")
    fields = data.fields
    for field, words in fields.items():
        if field not in CANONICAL_FIELDS:
            raise RulesError(f"{origin}: fields.{field} is not a chronology field")
        if not words.strip():
            raise RulesError(f"{origin}: fields.{field} has no words")
    if missing := [field for field in CANONICAL_FIELDS if field not in fields]:
        raise RulesError(f"{origin}: no words for the field(s) {', '.join(missing)}")
    named = {words.strip() for words in fields.values()}
    if len(named) != len(fields):
        raise RulesError(f"{origin}: two fields have the same words")
    return LabelRules(
        str(data.version),
        groups,
        labels,
        {field: words.strip() for field, words in fields.items()},
    )


@cache
def load_labels(path: str | None = None) -> LabelRules:
    """The packaged file (or another), read once per process."""
    return parse_labels(*source(LabelsFile, path))


def category_words(label: str) -> str:
    """`strategy_discussion` -> `Strategy discussion`; a label the file does not know is
    still shown in words (underscores as spaces), never as it is stored."""
    label = label.strip().strip(";").strip()
    found = load_labels().labels.get(label)
    return found.name if found else label.replace("_", " ").capitalize()


def category_group(label: str) -> str:
    """The legend group of a label; a label the file does not know goes with "other"."""
    labels = load_labels().labels
    found = labels.get(label) or labels["other_significant"]
    return found.group


def field_words(field: str) -> str:
    """`event_text` -> `What happened`."""
    return load_labels().fields.get(field) or field.replace("_", " ").capitalize()


def field_named(words: str) -> str | None:
    """The field these words name (or the field itself, as stored); None if neither."""
    fields = load_labels().fields
    if words in fields:
        return words
    return next((field for field, said in fields.items() if said == words), None)


def plain_reason(reason: str) -> str:
    """Text with every category label and field name in words: `"incident" → police_incident`
    becomes `"incident" → Police incident`; `also looked like event_text` becomes `also looked
    like What happened`."""
    rules = load_labels()

    def words(match: re.Match[str]) -> str:
        name = match.group(0)
        if name in rules.labels:
            return rules.labels[name].name
        return rules.fields.get(name, name)

    return _LABEL_WORD.sub(words, reason)


_LABEL_WORD = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
