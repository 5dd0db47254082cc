"""Key-event categories in words (rules/labels.toml): what a person reads instead of an internal
label, and the few groups the timeline's legend draws as shapes. Read and checked once; a
mistake in the file is a ValueError naming the file and the label."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from chronology.classify import LABELS


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


def parse_labels(text: str, origin: str = "labels.toml") -> LabelRules:
    """Read and check a labels file: every known label named once, in a listed group."""
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{origin}: not valid TOML ({error})") from None
    if unknown := set(data) - {"version", "groups", "labels"}:
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
    return LabelRules(str(data["version"]), tuple(groups), labels)


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


def plain_reason(reason: str) -> str:
    """A classification's reason with its labels in words: `"incident" → police_incident`
    becomes `"incident" → Police incident`."""
    labels = load_labels().labels
    return _LABEL_WORD.sub(
        lambda m: labels[m.group(0)].name if m.group(0) in labels else m.group(0), reason
    )


_LABEL_WORD = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")
