"""The shapes of the key-event rules files, `rules/key_events.toml` and
`rules/key_event_tiers.toml`, as `rulefiles` reads them; `chronology.classify` compiles them.

Every table and key of a file is here with its default, so a partnership's own file may leave
out what it does not change, and a misspelt key is refused naming the file and the key.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rulefiles import rules_file


@dataclass(frozen=True)
class Settings:
    max_categories: int = 3
    gap_words: int = 3  # words a pattern's `...` may skip
    negation_window: int = 4  # words before a phrase a negation cue reaches
    negation_after_window: int = 3
    fuzzy_min_length: int = 5  # shorter words are never matched fuzzily
    fuzzy_cutoff: float = 87
    fuzzy_max_length_difference: int = 2


@dataclass(frozen=True)
class Primary:
    tiers: tuple[tuple[str, ...], ...] = ()  # labels by rank, the first found ranks highest
    weak_patterns: tuple[str, ...] = ()
    topic_words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rewrite:
    pattern: str
    replace: str = " "
    when: str | tuple[str, ...] = ()  # only texts containing one of these
    case_sensitive: bool = False


@dataclass(frozen=True)
class Fuzzy:
    never: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stemming:
    keep: tuple[str, ...] = ()


@dataclass(frozen=True)
class Negation:
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    not_cues: tuple[str, ...] = ()
    scope_breaks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Ignore:
    patterns: tuple[str, ...] = ()


@dataclass(frozen=True)
class LabelPatterns:
    covers: str = ""  # what the label means (tests/test_docs.py checks docs/reference.md by it)
    patterns: tuple[str, ...] = ()
    when_agency: dict[str, tuple[str, ...]] = field(default_factory=dict)  # agency -> patterns


@rules_file("chronology", "key_events.toml")
@dataclass(frozen=True)
class KeyEventsFile:
    version: int | str | None = None  # for the reader; not used
    settings: Settings = Settings()
    primary: Primary = Primary()
    rewrite: tuple[Rewrite, ...] = ()
    abbreviations: dict[str, str] = field(default_factory=dict)
    fuzzy: Fuzzy = Fuzzy()
    stemming: Stemming = Stemming()
    negation: Negation = Negation()
    ignore: Ignore = Ignore()
    labels: dict[str, LabelPatterns] = field(default_factory=dict)  # key-event label -> patterns


@dataclass(frozen=True)
class Tier:
    labels: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()  # phrases that move a key event into this tier


@rules_file("chronology", "key_event_tiers.toml")
@dataclass(frozen=True)
class TiersFile:
    version: int | str | None = None  # for the reader; not used
    critical: Tier = Tier()
    key: Tier = Tier()
    background: Tier = Tier()
