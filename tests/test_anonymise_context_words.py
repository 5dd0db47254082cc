"""The anonymiser's context words are read from `anonymise/rules/anonymise.toml`
[context_words], not written in code: a partnership that adds a surname particle, or takes one
away, changes what the practitioner passes read as a name; the other moved lists are the words
of the patterns that use them. The leak check skips every lower-case word of a name, listed
particle or not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import anonymise.apply
import anonymise.name_index
from anonymise import people, places
from anonymise.apply import find_leaks
from anonymise.redact import Anonymiser
from anonymise.register import Entry, Register
from anonymise.rules import AnonymiseFile, Rules, load_rules
from rulefiles import RulesError, source
from tests.redact_fixtures import CTX
from tests.test_anonymise_patterns import TODAY

PARTICLES = '"del", "dos"]'  # the end of the packaged name_particles list


def rules_with(tmp_path: Path, old: str, new: str) -> Rules:
    """The packaged rules with `old` replaced by `new` in the file's text."""
    text, _ = source(AnonymiseFile)
    assert text.count(old) == 1
    path = tmp_path / "anonymise.toml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return load_rules(path)


def use(monkeypatch: pytest.MonkeyPatch, rules: Rules) -> None:
    """Make the redaction passes and the leak check read `rules`."""
    monkeypatch.setattr(anonymise.name_index, "load_rules", lambda: rules)
    monkeypatch.setattr(anonymise.apply, "load_rules", lambda: rules)


def redact(text: str) -> str:
    anonymiser = Anonymiser(Register(), "month", today=TODAY)
    anonymiser.learn_all([(text, CTX)])
    return anonymiser.redact(text, CTX)[0]


def test_a_particle_added_in_the_file_is_part_of_a_practitioners_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Seen by Dr ter Horst today."
    assert redact(text) == text  # "ter" is no particle in the packaged file
    use(monkeypatch, rules_with(tmp_path, PARTICLES, '"del", "dos", "ter"]'))
    assert redact(text) == "Seen by a doctor today."


def test_the_leak_check_skips_every_lower_case_word_of_a_name(tmp_path: Path) -> None:
    """Particles the file does not list ("bin", "do") are no leak either: the word "bin" or
    "do" in a published text would otherwise stop every output of a family with such a name."""
    register = Register([Entry("person:salah", "person", "Father")])
    register.entries[0].add_name("Omar bin Salah")
    register.entries[0].add_name("João do Nascimento")
    published = tmp_path / "out.csv"
    published.write_text("Father would do the washing; nappies left in the bin\n", encoding="utf-8")
    assert find_leaks([published], register) == []
    published.write_text("Omar would do the washing\n", encoding="utf-8")
    assert find_leaks([published], register) == ["out.csv: Omar"]


def test_particles_must_be_lower_case(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="lower case, not 'Ter'"):
        rules_with(tmp_path, PARTICLES, '"del", "dos", "Ter"]')


@pytest.mark.parametrize(
    ("pattern", "key"),
    [
        (people._FROM_SERVICE, "name_from_service"),
        (people._TIME_BEFORE, "before_a_date"),
        (people._DAY_BEFORE, "before_a_weekday"),
        (places._AT_AN_ADDRESS, "before_an_address"),
    ],
)
def test_the_patterns_words_are_the_files(pattern: re.Pattern[str], key: str) -> None:
    words: tuple[str, ...] = getattr(load_rules().context, key)
    assert words
    assert f"(?:{'|'.join(re.escape(w) for w in words)})" in pattern.pattern
