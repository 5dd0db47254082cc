"""Property: a family member's name put into a chronology sentence, in any case, with a
possessive or a one-letter typo, is always replaced."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from anonymise.redact import Anonymiser
from anonymise.register import Entry, Register
from anonymise.words import is_ordinary, is_term

SENTENCES = (
    "Home visit: {name} seen alone in the bedroom.",
    "{name} said mum and her partner were shouting again.",
    "School DSL raised concerns about {name} today, attendance 81%.",
    "Strategy discussion re {name} – S47 agreed, CP medical to follow.",
    "Mum rang to say {name} had not come home; police informed.",
    "PPN received: DA at the home, {name} present and distressed.",
    "Core group: {name} not brought to the appointment (2nd time).",
    "Letter sent to {name} offering a new appointment.",
    "{name}",
)
CONSONANTS = "bcdfghjklmnprstvwz"
VOWELS = "aeiou"


@st.composite
def names(draw: st.DrawFn) -> str:
    syllables = draw(
        st.lists(
            st.tuples(st.sampled_from(CONSONANTS), st.sampled_from(VOWELS)), min_size=2, max_size=4
        )
    )
    ending = draw(st.sampled_from(["", "n", "r", "l", "x", "th", "ck"]))
    name = ("".join(c + v for c, v in syllables) + ending).capitalize()
    assume(len(name) >= 5 and not is_ordinary(name) and not is_term(name))
    return name


@st.composite
def typo(draw: st.DrawFn, word: str) -> str:
    kind = draw(st.sampled_from(["substitute", "insert", "delete", "swap", "none"]))
    position = draw(st.integers(1, len(word) - 2))
    letter = draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz"))
    if kind == "substitute":
        return word[:position] + letter + word[position + 1 :]
    if kind == "insert":
        return word[:position] + letter + word[position:]
    if kind == "delete":
        return word[:position] + word[position + 1 :]
    if kind == "swap":
        return word[:position] + word[position + 1] + word[position] + word[position + 2 :]
    return word


def _register(first: str, surname: str) -> Register:
    register = Register(
        [
            Entry(
                "person:P1",
                "person",
                "Child A",
                [f"{first} {surname}"],
                source="family workbook",
                adult=False,
            ),
            Entry(
                "person:P2",
                "person",
                "Mother",
                ["Chelsea Mitchell", "Chels"],
                source="family workbook",
                sex="F",
                rank=0,
            ),
        ]
    )
    register.subject = "person:P1"
    return register


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    first=names(),
    surname=names(),
    form=st.sampled_from(["first", "full", "surname"]),
    case=st.sampled_from(["title", "upper", "lower"]),
    possessive=st.sampled_from(["", "'s", "’s"]),
    template=st.sampled_from(SENTENCES),
    data=st.data(),
)
def test_names_are_always_replaced(
    first: str,
    surname: str,
    form: str,
    case: str,
    possessive: str,
    template: str,
    data: st.DataObject,
) -> None:
    assume(first.lower() != surname.lower())
    register = _register(first, surname)
    written = {"first": first, "surname": surname, "full": f"{first} {surname}"}[form]
    words = [data.draw(typo(w)) for w in written.split()]
    for word in words:
        assume(len(word) >= 4 and not is_ordinary(word) and not is_term(word))
    written = " ".join(words)
    written = {"title": written, "upper": written.upper(), "lower": written.lower()}[case]
    text = template.format(name=written + possessive)
    out, _ = Anonymiser(register).redact(text)
    for word in written.split():
        assert not re.search(rf"(?<!\w){re.escape(word)}(?!\w)", out, re.IGNORECASE), (text, out)
    assert "Child A" in out, (text, out)
    if possessive:
        assert "Child A" + possessive in out, (text, out)
