"""The shared kit of the blind anonymisation test families: one way to build a family and its texts.

A family module (`blind_anonymise_family.py`, `blind_anonymise_family_2.py`,
`blind_anonymise_family_3.py`) declares its own data in the format of
`tests/test_issue19_cases.py`: people, relationships, expected pseudonyms, the workbook roles the
tree contradicts, rows of texts with traps, uncertain words and secrets the workbook does not
hold. This kit turns them into what the issue 19 tests and `bench/anonymise_truth.py` read: the
family's `Family` (built as the issue 19 test families are), `BLIND_FAMILIES`, and the texts and
their identifying mentions as two columns (in the shapes of KETTLEBY_TEXTS and
KETTLEBY_MENTIONS). One implementation, so every blind family is built the same way.

A family imports it as `sample_data.anonymise_family_kit` (the repository root must be on
`sys.path` anyway, for `tests.test_issue19_cases`), so the family loads both as
`sample_data.blind_anonymise_family...` (as `bench/anonymise_truth.py` loads it) and, with
`sample_data/` on the path too, as `blind_anonymise_family...`.
"""

from __future__ import annotations

from collections.abc import Callable

from genogram.family import Family
from tests.test_issue19_cases import TODAY, _d, _family

__all__ = [
    "FAMILY_EXPORTS",
    "TODAY",
    "Families",
    "Link",
    "Maker",
    "Person",
    "Row",
    "Text",
    "_d",
    "columns",
    "family_of",
]

# (id, name, sex, born, role); `born` is an ISO date or "".
Person = tuple[str, str, str, str, str]
# (a, b, type, start, end); `start` and `end` are ISO dates or "".
Link = tuple[str, str, str, str, str]
# One text with traps: (agency, text, must appear in the output, must not appear in the output,
# the identifying mentions in the text).
Row = tuple[str, str, list[str], list[str], list[str]]
# (agency, text, must appear in the output, must not appear in the output)
Text = tuple[str, str, list[str], list[str]]
# Builds a family's `Family` afresh on each call.
Maker = Callable[[], Family]
# {name: (maker, expected pseudonym by person id, ids whose workbook role the tree contradicts)}
Families = dict[str, tuple[Maker, dict[str, str], set[str]]]

# What every family module exports (its `__all__`).
FAMILY_EXPORTS: tuple[str, ...] = (
    "BLIND_DISAGREE",
    "BLIND_EXPECTED",
    "BLIND_FAMILIES",
    "BLIND_MENTIONS",
    "BLIND_OTHER_SECRETS",
    "BLIND_PEOPLE",
    "BLIND_RELATIONSHIPS",
    "BLIND_TEXTS",
    "BLIND_UNCERTAIN",
    "TODAY",
    "_d",
    "blind_family",
)


def family_of(
    name: str,
    people: list[Person],
    relationships: list[Link],
    expected: dict[str, str],
    disagree: set[str],
) -> tuple[Maker, Families]:
    """A family's `blind_family` and its `BLIND_FAMILIES`, keyed by `name`."""

    def blind_family() -> Family:
        return _family(people, relationships)

    return blind_family, {name: (blind_family, expected, disagree)}


def columns(rows: list[Row]) -> tuple[list[Text], list[list[str]]]:
    """The rows' `BLIND_TEXTS` and `BLIND_MENTIONS`: the identifying mentions in each text (a
    name with the title or role word written with it); every other word of the texts is
    non-identifying and should come out unchanged."""
    texts = [(agency, text, want, never) for agency, text, want, never, _ in rows]
    mentions = [mentions for *_, mentions in rows]
    return texts, mentions
