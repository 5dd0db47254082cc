"""Key-event categories and chronology fields in words (rules/labels.toml): what a person reads
instead of an internal name (`strategy_discussion`, `event_text`), and the few groups the
timeline's legend draws as shapes. Read and checked once; a mistake in the file is a ValueError
naming the file and the label."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from chronology.classify import LABELS
from chronology.schema import CANONICAL_FIELDS


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


def parse_labels(text: str, origin: str = "labels.toml") -> LabelRules:
    """Read and check a labels file: every known label named once, in a listed group."""
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{origin}: not valid TOML ({error})") from None
    if unknown := set(data) - {"version", "groups", "labels", "fields"}:
        raise ValueError(f"{origin}: unknown setting(s) {', '.join(sorted(unknown))}")
    if "version" not in data:
        raise ValueError(f"{origin}: no version")
    groups = data.get("groups")
    if not isinstance(groups, list) or not all(isinstance(g, str) and g for g in groups):
        raise ValueError(f"{origin}: groups must be a list of names")
    table = data.get("labels")
    if not isinstance(table, dict):
        raise ValueError(f"{origin}: no [labels] table")
    labels: dict[str, CategoryWords] = {}
    for label, entry in table.items():
        if label not in LABELS:
            raise ValueError(f"{origin}: labels.{label} is not a key-event label")
        if not isinstance(entry, dict) or set(entry) != {"name", "group"}:
            raise ValueError(f"{origin}: labels.{label} needs name and group, and nothing else")
        name, group = entry["name"], entry["group"]
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"{origin}: labels.{label} has no name")
        if group not in groups:
            raise ValueError(f"{origin}: labels.{label} is in group {group!r}, not in groups")
        labels[label] = CategoryWords(label, name.strip(), group)
    if missing := [label for label in LABELS if label not in labels]:
        raise ValueError(f"{origin}: no words for {', '.join(missing)}")
    fields = data.get("fields")
    if not isinstance(fields, dict):
        raise ValueError(f"{origin}: no [fields] table")
    for field, words in fields.items():
        if field not in CANONICAL_FIELDS:
            raise ValueError(f"{origin}: fields.{field} is not a chronology field")
        if not isinstance(words, str) or not words.strip():
            raise ValueError(f"{origin}: fields.{field} has no words")
    if missing := [field for field in CANONICAL_FIELDS if field not in fields]:
        raise ValueError(f"{origin}: no words for the field(s) {', '.join(missing)}")
    named = {str(words).strip() for words in fields.values()}
    if len(named) != len(fields):
        raise ValueError(f"{origin}: two fields have the same words")
    return LabelRules(
        str(data["version"]),
        tuple(groups),
        labels,
        {field: str(words).strip() for field, words in fields.items()},
    )


@cache
def load_labels(path: str | None = None) -> LabelRules:
    """The packaged file (or another), read once per process."""
    if path is None:
        text = resources.files("chronology").joinpath("rules/labels.toml").read_text("utf-8")
        return parse_labels(text)
    return parse_labels(Path(path).read_text(encoding="utf-8"), Path(path).name)


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
