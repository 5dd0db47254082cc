"""The fixtures and helpers the issue 21 redaction tests share (test_issue21_mutation_redact*),
kept in one place so that every pass is tested against the same family and the same way of
learning then redacting.

The family is test_anonymise_patterns' fictional one. A test module imports the fixtures
(`from tests.redact_fixtures import family_path_fixture, register_fixture  # noqa: F401`):
pytest finds a fixture in the test module's namespace, under the name given to
`pytest.fixture` (`family_path`, `register`), so a test's `register` argument shadows no import;
`family_path` stays one workbook per module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

import pytest

from anonymise.redact import Anonymiser, Ctx, Replacement
from anonymise.register import Register, register_from_family
from genogram.family import read_family
from tests.builders import write_xlsx
from tests.test_anonymise_patterns import PEOPLE, RELATIONSHIPS, TODAY

CTX = Ctx(agency="Children's Social Care", date=dt.date(2021, 3, 4))


@pytest.fixture(scope="module", name="family_path")
def family_path_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The family workbook, written once per module: tests only read it."""
    path = tmp_path_factory.mktemp("family") / "family.xlsx"
    return write_xlsx(path, {"People": PEOPLE, "Relationships": RELATIONSHIPS})


@pytest.fixture(name="register")
def register_fixture(family_path: Path) -> Register:
    """A fresh register per test: learning writes into it."""
    return register_from_family(read_family(family_path), today=TODAY)


def redact_items(
    register: Register, items: Iterable[tuple[str, Ctx]], mode: str = "month"
) -> tuple[str, tuple[Replacement, ...]]:
    """Learn every (text, ctx), then redact the last, as a run over the chronologies does:
    what is learned from one text is known in the next."""
    listed = list(items)
    anonymiser = Anonymiser(register, mode, today=TODAY)
    anonymiser.learn_all(listed)
    return anonymiser.redact(*listed[-1])


def redact(
    register: Register, *texts: str, ctx: Ctx = CTX, mode: str = "month"
) -> tuple[str, tuple[Replacement, ...]]:
    """Learn every text, then redact the last, all in one context."""
    return redact_items(register, ((text, ctx) for text in texts), mode)


def parts_of(parts: tuple[Replacement, ...]) -> list[tuple[str, str, str, str]]:
    """The replaced parts as the report lists them: original, replacement, kind and key."""
    return [(p.original, p.replacement, p.kind, p.key) for p in parts]


def learned(register: Register) -> list[tuple[str, str, str, list[str], str, str]]:
    """The entries learned from the texts (not from the family workbook)."""
    return [
        (e.key, e.kind, e.pseudonym, e.names, e.role, e.source)
        for e in register.entries
        if not e.source.startswith("family workbook")
    ]
