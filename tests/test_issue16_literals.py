"""Issue 16: a kind's pattern is searched only when one of the words it cannot match without is
in the text. That test must never rule out a text the pattern matches, or a kind is lost."""

from __future__ import annotations

import csv
import random
import re
from dataclasses import replace
from pathlib import Path

import pytest

from chronology.dedup import Rules, _kinds, load_rules, normalise_text
from chronology.literals import could_match, required

CORPUS = Path(__file__).resolve().parent.parent / "sample_data" / "real_events" / "corpus.csv"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bmoved (to|into)\b", ("moved ",)),
        (r"(\w+ )?court\b", ("court",)),
        (r"colou?r", ("colo",)),
        (r"(?:strategy (discussion|meeting))|(?:\bstrategy\b)", ("strategy ", "strategy")),
        (r"(family|crown) ct\b", ("family", "crown")),
        (r"(keys|tenancy)+ given", (" given",)),
        (r"(?:^birth$)", ("birth",)),
        (r"(?i:magistrates) ct", (" ct",)),  # "MAGISTRATES ct" matches: not "magistrates"
    ],
)
def test_the_words_a_pattern_needs(pattern: str, expected: tuple[str, ...]) -> None:
    assert required(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"court|\w+s?",  # a branch with no literal: the alternation says nothing
        r"(?i)court",  # folded case: "COURT" matches, and is not "court"
        r"(?i:court) hearing",  # the folded group is skipped, the rest still needed
        r"[a-z]+",
        r"",
    ],
)
def test_no_words_when_it_cannot_tell(pattern: str) -> None:
    found = required(re.compile(pattern))
    if pattern == r"(?i:court) hearing":
        assert found == (" hearing",)
    else:
        assert found is None


_PIECES = ["a", "b", "ab", "ba", " ", "c"]


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    """A small random regex over a tiny alphabet, so that random texts often match it."""
    parts = []
    for _ in range(rng.randint(1, 4)):
        choice = rng.random()
        if choice < 0.4 or depth > 2:
            piece = re.escape(rng.choice(_PIECES))
        elif choice < 0.55:
            piece = rng.choice([r"\w", r"[ab]", r".", r"\s", r"\b", r"^", r"$", r"[^a]", r"\B"])
        elif choice < 0.65:  # lookarounds, groups referred back to, folded case, atomic groups
            inner = _random_pattern(rng, depth + 1)
            piece = rng.choice(
                [f"(?={inner})", f"(?!{inner})", "(?<=a)", "(?<!b )", f"({inner})\\1",
                 f"(?i:{inner})", f"(?>{inner})", "(?:a|)", "(?:|ab)"]
            )  # fmt: skip
        elif choice < 0.85:
            branches = [_random_pattern(rng, depth + 1) for _ in range(rng.randint(1, 3))]
            piece = "(?:" + "|".join(branches) + ")"
        else:
            piece = "(?:" + _random_pattern(rng, depth + 1) + ")"
        if rng.random() < 0.3:
            piece += rng.choice(["?", "*", "+", "{2}", "{0,2}", "+?", "{1,3}", "{0}", "*+"])
        parts.append(piece)
    return "".join(parts)


def test_random_patterns_never_lose_a_match() -> None:
    rng = random.Random(16)
    checked = ruled_out = 0
    for _ in range(3000):
        try:
            pattern = re.compile(_random_pattern(rng))
        except re.error:  # a repeated anchor ("^*"): not a pattern
            continue
        literals = required(pattern)
        for _ in range(20):
            text = "".join(rng.choice("abcAB  ") for _ in range(rng.randint(0, 12)))
            if pattern.search(text):
                checked += 1
                assert could_match(text, literals), (pattern.pattern, literals, text)
            elif not could_match(text, literals):
                ruled_out += 1
    assert checked > 10_000 and ruled_out > 5_000  # both sides exercised


def test_no_kind_is_lost_on_real_review_text() -> None:
    rules = load_rules()
    with CORPUS.open(encoding="utf-8") as handle:
        texts = [normalise_text(row["event_text"], rules) for row in csv.DictReader(handle)]
    found = 0
    for text in texts:
        for kind in rules.kinds:
            if kind.gate.search(text):
                found += 1
                assert could_match(text, kind.literals), (kind.name, text)
    assert found > 500
    # and so the kinds found are those every gate searched would find
    assert all(k.literals is not None for k in rules.kinds)
    for text in texts[:300]:
        assert _kinds(text, rules, typed=False) == _kinds_searching_every_gate(text, rules)


def _kinds_searching_every_gate(text: str, rules: Rules) -> dict[str, int]:
    unfiltered = replace(rules, kinds=tuple(replace(k, literals=None) for k in rules.kinds))
    return _kinds(text, unfiltered, typed=False)
