"""Issue 21: direct tests for anonymise/places.py (the place passes): organisations and the
words before their names, saints' names, schools named by a role after them, streets, towns,
postcodes, flats and numbers, and what learning decides (places, numbering, the family home).

The family is test_anonymise_patterns' fictional one; schools, streets, towns, postcodes and
practitioners are invented. Each test pins what the reviewer sees: the redacted sentence, the
parts replaced, and where it matters the entries written into the register.

Accepted equivalent mutants
---------------------------
By mutmut's name (xǁPlacePassesǁ<method>__mutmut_N):

- _build_place_patterns 21 24 53 56 64 67 75 78: a type list sorted in reverse alphabetical
  order rather than longest first; a type that is a prefix of another sorts after it anyway,
  and only such pairs can match at one place.
- _build_place_patterns 79 80: building types shortest first; no building type is the first
  word of another, and "Tower"/"Towers" are told apart by the word-end check.
- _build_place_patterns 16: a straight apostrophe in a type left straight; every such type is
  also listed with a curly one.
- _addresses 11 14: the same for towns (reverse alphabetical keeps "X-on-Sea" before "X").
- _addresses 37 38: the tail when no town pattern is made; inside that branch there always is one.
- _addresses 27: "XXXX" for an absent town; differs only for a text holding "XXXX".
- _address 32 33 35, _organisation 41 42 43: a stop stripped otherwise from the first word; the
  words matched never hold a stop (NAME_WORD), except "St." which is handled first.
- _organisation 21 22 23 93 94 96: the same for "St."; "St." is not an ordinary word, so it
  is a distinctive name and never dropped in any case.
- _address 55 58: the last three words when there are three or fewer; that is every word.
- _address 60 61, _organisation 139 140, _saint_name 61, _school_name 28: the register not
  looked up before adding; `_add` returns the entry already there.
- _address 86: the address stripped of spaces only; it never starts or ends with a space or a
  comma.
- _organisation 127: `<=` for `<` between the name's and the type's starts; never equal.
- _organisation 164 165 166: the count of uses set to 1, lowered or raised by 2; only the
  number of labels a name was used for is read.
- _organisation 50: a lone word at a sentence start; with one word nothing can follow it.
- _organisation 73 74: the name's start moved by one more or less after a dropped word; it
  lands inside a word either way, never at a sentence start.
- _finish_places 7 9, _saint_name 8 10 20 22: "XXsXX" or "XX'XX" stripped from a folded
  (lower-case) name; a lower-case name holds no "X".
- _finish_places 50 51 52: a default for the name of a place; every place is a town or an
  organisation's name, both recorded.
- _finish_places 75: names filtered when there is one; `or entry.names` keeps it.
- _saint_name 50 51 55 56: the replacement and kind put while learning; learning keeps only
  the register, not the text.
- _school_name 16 18 19: the text passed to `_phrases` (None, "XXXX"); only its entries are
  read here, made whatever the text.

Known survivors that are not equivalent (no test): _organisation 56 (a lone capitalised
sentence verb in mid-sentence before a type, "at Moved Academy").
"""

from __future__ import annotations

import datetime as dt

import pytest

from anonymise.redact import Anonymiser, Ctx, Replacement
from anonymise.register import Entry, Register
from tests.redact_fixtures import (
    CTX,
    family_path_fixture,  # noqa: F401  (fixtures: pytest finds them by name)
    learned,
    parts_of,
    redact,
    register_fixture,  # noqa: F401
)
from tests.test_anonymise_patterns import TODAY

SCHOOL = Ctx(agency="Education", date=dt.date(2021, 3, 4))


WESTBROOK = (
    "organisation:the school:westbrook",
    "organisation",
    "the school",
    ["Westbrook"],
    "the school",
    "chronology text",
)


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("Westbrook DSL rang.", "The school DSL rang."),
        ("Spoke to Westbrook headteacher.", "Spoke to the school headteacher."),
    ],
)
def test_a_name_before_a_school_role_is_a_school(register: Register, text: str, out: str) -> None:
    redacted, parts = redact(register, text)
    assert redacted == out
    assert parts_of(parts) == [
        ("Westbrook", "the school", "organisation", "organisation:the school:westbrook")
    ]
    assert learned(register) == [WESTBROOK]


def test_a_school_learned_by_its_role_is_replaced_alone_later(register: Register) -> None:
    assert redact(register, "Westbrook DSL rang.", "Westbrook called.")[0] == ("The school called.")


def test_a_family_surname_before_school_is_the_family_member(register: Register) -> None:
    redacted, parts = redact(register, "Price school rang.")
    assert redacted == "Mother school rang."
    assert parts_of(parts) == [("Price", "Mother", "person", "person:F2")]
    assert learned(register) == []


@pytest.mark.parametrize(
    ("ctx", "label"),
    [(CTX, "a local setting"), (SCHOOL, "the school")],
    ids=["social care", "education"],
)
def test_a_saints_name_is_a_setting_or_in_education_a_school(
    register: Register, ctx: Ctx, label: str
) -> None:
    redacted, parts = redact(register, "Seen at St Aidan's today.", ctx=ctx)
    assert redacted == f"Seen at {label} today."
    key = f"organisation:{label}:st aidan's"
    assert parts_of(parts) == [("St Aidan's", label, "organisation", key)]
    assert learned(register) == [
        (key, "organisation", label, ["St Aidan's"], label, "chronology text")
    ]


def test_a_saints_name_without_its_apostrophe_is_the_same_setting(register: Register) -> None:
    redacted, parts = redact(
        register, "Seen at St Aidan's today.", "Met at St Aidans today.", ctx=SCHOOL
    )
    assert redacted == "Met at the school today."
    assert parts_of(parts) == [
        ("St Aidans", "the school", "organisation", "organisation:the school:st aidan's")
    ]


def test_a_saints_name_of_a_known_school_is_that_school(register: Register) -> None:
    redacted, parts = redact(
        register, "Seen at St Aidan's Primary School today.", "Seen at St Aidan's today."
    )
    assert redacted == "Seen at the primary school today."
    key = "organisation:the primary school:st aidan's"
    assert parts_of(parts) == [("St Aidan's", "the primary school", "organisation", key)]
    assert [e[0] for e in learned(register)] == [key]


@pytest.mark.parametrize(
    ("text", "out", "original", "label"),
    [
        ("Moved to Flat 3 today.", "Moved to a flat today.", "Flat 3", "a flat"),
        ("Seen in Room 4 today.", "Seen in a room today.", "Room 4", "a room"),
        ("Seen in Unit 2 today.", "Seen in a unit today.", "Unit 2", "a unit"),
        ("Seen at Plot 7 today.", "Seen at a plot today.", "Plot 7", "a plot"),
    ],
)
def test_a_numbered_flat_room_unit_or_plot_is_hidden(
    register: Register, text: str, out: str, original: str, label: str
) -> None:
    redacted, parts = redact(register, text)
    assert redacted == out
    assert parts_of(parts) == [(original, label, "address", "")]


def test_a_number_is_not_a_unit(register: Register) -> None:
    assert redact(register, "No 5 was discussed.") == ("No 5 was discussed.", ())


ADDRESS = "Lives at 14 Harlow Road, Eastfield EF1 2AB"


def test_a_town_before_a_postcode_is_a_place(register: Register) -> None:
    assert redact(register, ADDRESS, "Went to Eastfield today.")[0] == "Went to the area today."
    assert [e[:3] for e in learned(register)] == [
        ("address:harlow road", "address", "an address in the area"),
        ("place:eastfield", "place", "the area"),
    ]


def test_a_town_the_reviewer_keeps_is_no_place(register: Register) -> None:
    register.keep.append("Eastfield")
    assert redact(register, ADDRESS)[0] == "Lives at an address in the area"
    assert [e[0] for e in learned(register)] == ["address:harlow road"]


def test_a_town_is_kept_as_written_in_the_register(register: Register) -> None:
    """The reviewer reads the register: the town as the chronology spelt it, not folded."""
    redact(register, ADDRESS)
    assert learned(register) == [
        (
            "address:harlow road",
            "address",
            "an address in the area",
            ["Harlow Road", "14 Harlow Road, Eastfield EF1 2AB"],
            "address",
            "chronology text",
        ),
        ("place:eastfield", "place", "the area", ["Eastfield"], "", "chronology text"),
    ]


# ------------------------------------------------------------------ named organisations


def org(original: str, label: str, name: str) -> tuple[str, str, str, str]:
    return (original, label, "organisation", f"organisation:{label}:{name}")


@pytest.mark.parametrize(
    ("text", "out", "part"),
    [
        # An ordinary word opening the sentence is not part of the name.
        (
            "Today Westbrook Primary rang.",
            "Today the primary school rang.",
            org("Westbrook Primary", "the primary school", "westbrook"),
        ),
        # Mid-sentence it is: "North Fenwick" is the school's name.
        (
            "Visited North Fenwick Primary today.",
            "Visited the primary school today.",
            org("North Fenwick Primary", "the primary school", "north fenwick"),
        ),
        # A sentence-opening verb goes even before an ordinary word ("Elm").
        (
            "Attended Elm Academy.",
            "Attended the school.",
            org("Elm Academy", "the school", "elm"),
        ),
        (
            "Update: Visited Elm Academy.",
            "Update: Visited the school.",
            org("Elm Academy", "the school", "elm"),
        ),
        # "Saint" and "St" open a name, though they are ordinary words at a sentence start.
        (
            "Saint Bede's Primary School rang.",
            "The primary school rang.",
            org("Saint Bede's Primary School", "the primary school", "saint bede's"),
        ),
        (
            "St Bede's Primary School rang.",
            "The primary school rang.",
            org("St Bede's Primary School", "the primary school", "st bede's"),
        ),
        # "St" is also inside "Stephen's": the verb before it stays whole.
        (
            "Attended St Stephen's School.",
            "Attended the school.",
            org("St Stephen's School", "the school", "st stephen's"),
        ),
        # A saint's name of ordinary words before a common type is still a name.
        (
            "St Mark's Church ran a toddler group.",
            "A place of worship ran a toddler group.",
            org("St Mark's Church", "a place of worship", "st mark's"),
        ),
        (
            "Went to Saint Mark's Church.",
            "Went to a place of worship.",
            org("Saint Mark's Church", "a place of worship", "saint mark's"),
        ),
        # Joining words between the dropped words and the name stay in the sentence.
        (
            "Friends of Fenwick Park reported concerns.",
            "Friends of the park reported concerns.",
            org("Fenwick Park", "the park", "fenwick"),
        ),
        (
            "Left on Fenwick Ward overnight.",
            "Left on the ward overnight.",
            org("Fenwick Ward", "the ward", "fenwick"),
        ),
        (
            "Seen upon Fenwick Ward by the registrar.",
            "Seen upon the ward by the registrar.",
            org("Fenwick Ward", "the ward", "fenwick"),
        ),
        (
            "Police and Fenwick Council attended.",
            "Police and the council attended.",
            org("Fenwick Council", "the council", "fenwick"),
        ),
        (
            "Police & Fenwick Council attended.",
            "Police & the council attended.",
            org("Fenwick Council", "the council", "fenwick"),
        ),
        # "The" written with a capital stays; the label then loses its own article.
        (
            "Attended The Fenwick Academy.",
            "Attended The school.",
            org("Fenwick Academy", "the school", "fenwick"),
        ),
        # A doctor's title before a surgery's name is not part of the name: the title stays.
        (
            "Registered with Dr Fenwick Surgery.",
            "Registered with Dr the GP practice.",
            org("Fenwick Surgery", "the GP practice", "fenwick"),
        ),
    ],
)
def test_the_words_before_an_organisation_that_are_not_its_name(
    register: Register, text: str, out: str, part: tuple[str, str, str, str]
) -> None:
    redacted, parts = redact(register, text)
    assert redacted == out
    assert parts_of(parts) == [part]


def test_a_lone_ordinary_word_of_a_name_is_not_recorded_alone(register: Register) -> None:
    """ "Elm Academy" is a school; "elm" alone is a tree, so only the full name is learned."""
    assert redact(register, "Attended Elm Academy.", "Walked past the elm tree.") == (
        "Walked past the elm tree.",
        (),
    )
    assert [e[3] for e in learned(register)] == [["Elm Academy"]]


def test_a_family_name_before_a_school_is_the_family_member(register: Register) -> None:
    redacted, parts = redact(register, "Jayden Fenwick Academy attendance 92%.")
    assert redacted == "Sibling 1 the school attendance 92%."
    assert parts_of(parts) == [
        org("Fenwick Academy", "the school", "fenwick"),
        ("Jayden", "Sibling 1", "person", "person:F6"),
    ]


def test_an_ordinary_word_before_a_common_type_is_no_name(register: Register) -> None:
    """ "Parish Church" identifies nothing; "Oak Tree Surgery" (a type that is not common) does."""
    assert redact(register, "Went to the Parish Church on Sunday.") == (
        "Went to the Parish Church on Sunday.",
        (),
    )
    assert redact(register, "Registered at Oak Tree Surgery.")[0] == (
        "Registered at the GP practice."
    )
    # Its two ordinary words are a name too, found alone later.
    assert learned(register) == [
        (
            "organisation:the GP practice:oak tree",
            "organisation",
            "the GP practice",
            ["Oak Tree Surgery", "Oak Tree"],
            "the GP practice",
            "chronology text",
        )
    ]


def test_a_name_used_for_two_kinds_of_organisation_is_the_town(register: Register) -> None:
    """ "Eastfield Primary School" and "Eastfield Surgery": Eastfield is the place, so the
    school and the surgery keep only their full names and "Eastfield" alone is the area."""
    out, parts = redact(
        register,
        "Moved to Eastfield Primary School.",
        "Registered at Eastfield Surgery.",
        "Went to Eastfield today.",
    )
    assert out == "Went to the area today."
    assert parts_of(parts) == [("Eastfield", "the area", "place", "place:eastfield")]
    assert learned(register) == [
        (
            "organisation:the primary school:eastfield",
            "organisation",
            "the primary school",
            ["Eastfield Primary School"],
            "the primary school",
            "chronology text",
        ),
        (
            "organisation:the GP practice:eastfield",
            "organisation",
            "the GP practice",
            ["Eastfield Surgery"],
            "the GP practice",
            "chronology text",
        ),
        ("place:eastfield", "place", "the area", ["Eastfield"], "", "chronology text"),
    ]


def test_an_organisation_from_an_earlier_run_keeps_its_names(register: Register) -> None:
    """Only this run's organisations lose the town's name; the reviewer's entry is theirs."""
    register.add(
        Entry(
            "organisation:the school:eastfield",
            "organisation",
            "the school",
            ["Eastfield Academy", "Eastfield"],
            role="the school",
            source="reviewer",
        )
    )
    redact(register, "Moved to Eastfield Primary School.", "Registered at Eastfield Surgery.")
    assert register.get("organisation:the school:eastfield").names == [
        "Eastfield Academy",
        "Eastfield",
    ]
    assert register.get("organisation:the primary school:eastfield").names == [
        "Eastfield Primary School"
    ]


def test_organisations_of_one_kind_are_numbered(register: Register) -> None:
    """Two surgeries are told apart; the one school, listed first, keeps its label."""
    redacted, parts = redact(
        register, "Registered at Westbrook Academy, Fenwick Surgery and Holm Surgery."
    )
    assert redacted == "Registered at the school, GP practice 1 and GP practice 2."
    assert parts_of(parts) == [
        org("Westbrook Academy", "the school", "westbrook"),
        (
            "Fenwick Surgery",
            "GP practice 1",
            "organisation",
            "organisation:the GP practice:fenwick",
        ),
        ("Holm Surgery", "GP practice 2", "organisation", "organisation:the GP practice:holm"),
    ]


def redact_unlearned(register: Register, text: str) -> tuple[str, tuple[Replacement, ...]]:
    """Redact a text the anonymiser did not learn (a row added after learning)."""
    anonymiser = Anonymiser(register, "month", today=TODAY)
    anonymiser.learn_all([("Home visit.", CTX)])
    return anonymiser.redact(text, CTX)


def test_an_organisation_in_a_text_not_learned_is_still_hidden_and_recorded(
    register: Register,
) -> None:
    redacted, parts = redact_unlearned(register, "Registered at Fenwick Surgery.")
    assert redacted == "Registered at the GP practice."
    assert parts_of(parts) == [org("Fenwick Surgery", "the GP practice", "fenwick")]
    assert learned(register) == [
        (
            "organisation:the GP practice:fenwick",
            "organisation",
            "the GP practice",
            ["Fenwick Surgery"],
            "the GP practice",
            "chronology text",
        )
    ]


@pytest.mark.parametrize(
    ("text", "out", "original", "label", "name"),
    [
        # Copied text often holds two spaces or a line break inside a type.
        (
            "Westbrook Primary  School rang.",
            "The primary school rang.",
            "Westbrook Primary  School",
            "the primary school",
            "westbrook",
        ),
        # A straight apostrophe in a type, as well as a curly one.
        (
            "Visit to Fenwick Children's Centre.",
            "Visit to the children's centre.",
            "Fenwick Children's Centre",
            "the children's centre",
            "fenwick",
        ),
    ],
)
def test_a_type_written_with_other_spacing_or_apostrophe_is_whole(
    register: Register, text: str, out: str, original: str, label: str, name: str
) -> None:
    redacted, parts = redact(register, text)
    assert redacted == out
    assert parts_of(parts) == [org(original, label, name)]


# ------------------------------------------------------------------ saints' names


def test_a_saints_name_seen_before_its_school_is_that_school(register: Register) -> None:
    """The saint's name came first; once the school is known it is no separate setting."""
    redacted, parts = redact(
        register,
        "Seen at St Aidan's today.",
        "St Aidan's Primary School rang.",
        "Seen at St Aidan's today.",
    )
    assert redacted == "Seen at the primary school today."
    key = "organisation:the primary school:st aidan's"
    assert parts_of(parts) == [("St Aidan's", "the primary school", "organisation", key)]
    assert [e[0] for e in learned(register)] == [key]


def test_two_saints_names_are_two_numbered_settings(register: Register) -> None:
    redacted, parts = redact(register, "Seen at St Aidan's, then St Bede's.")
    assert redacted == "Seen at local setting 1, then local setting 2."
    aidan, bede = (
        "organisation:a local setting:st aidan's",
        "organisation:a local setting:st bede's",
    )
    assert parts_of(parts) == [
        ("St Aidan's", "local setting 1", "organisation", aidan),
        ("St Bede's", "local setting 2", "organisation", bede),
    ]
    assert learned(register) == [
        (
            aidan,
            "organisation",
            "local setting 1",
            ["St Aidan's"],
            "a local setting",
            "chronology text",
        ),
        (
            bede,
            "organisation",
            "local setting 2",
            ["St Bede's"],
            "a local setting",
            "chronology text",
        ),
    ]


def test_a_saints_name_in_a_text_not_learned_is_still_hidden_and_recorded(
    register: Register,
) -> None:
    redacted, parts = redact_unlearned(register, "Seen at St Aidan's today.")
    assert redacted == "Seen at a local setting today."
    key = "organisation:a local setting:st aidan's"
    assert parts_of(parts) == [("St Aidan's", "a local setting", "organisation", key)]
    assert learned(register) == [
        (
            key,
            "organisation",
            "a local setting",
            ["St Aidan's"],
            "a local setting",
            "chronology text",
        )
    ]


def test_entries_differing_only_in_a_saints_name_are_two_mentions_of_the_home(
    register: Register,
) -> None:
    """An address in two entries is the family home, whatever else the entries name."""
    redacted, _ = redact(
        register,
        "Collected from St Aidan's and taken to 14 Harlow Road.",
        "Collected from St Bede's and taken to 14 Harlow Road.",
    )
    assert redacted == "Collected from local setting 2 and taken to the family home."


# ------------------------------------------------------------------ schools named by a role


def test_a_word_the_reviewer_keeps_is_no_school(register: Register) -> None:
    register.keep.append("Westbrook")
    assert redact(register, "Westbrook DSL rang.") == ("Westbrook DSL rang.", ())


def test_an_ordinary_word_before_school_is_no_school(register: Register) -> None:
    assert redact(register, "Village school nurse rang.") == ("Village school nurse rang.", ())


def test_a_known_school_named_by_a_role_is_that_school(register: Register) -> None:
    redacted, parts = redact(register, "Westbrook Primary School rang.", "Westbrook DSL rang.")
    assert redacted == "The primary school DSL rang."
    assert parts_of(parts) == [org("Westbrook", "the primary school", "westbrook")]
    assert [e[0] for e in learned(register)] == ["organisation:the primary school:westbrook"]


@pytest.mark.parametrize("role", ["Headteacher", "Reception teacher", "Year 6 teacher"])
def test_a_name_before_a_capitalised_school_role_is_a_school(register: Register, role: str) -> None:
    redacted, parts = redact(register, f"Westbrook {role} called.")
    assert redacted == f"The school {role} called."
    assert parts_of(parts) == [org("Westbrook", "the school", "westbrook")]


# ------------------------------------------------------------------ addresses


def test_a_street_address_is_hidden_and_recorded(register: Register) -> None:
    """A numbered street is an address even when its name is a family surname."""
    redacted, parts = redact(register, "Moved to 22 Walsh Close.")
    assert redacted == "Moved to an address in the area."
    assert parts_of(parts) == [
        ("22 Walsh Close", "an address in the area", "address", "address:walsh close")
    ]
    assert learned(register) == [
        (
            "address:walsh close",
            "address",
            "an address in the area",
            ["Walsh Close", "22 Walsh Close"],
            "address",
            "chronology text",
        )
    ]


def test_an_address_in_a_text_not_learned_is_an_address_in_the_area(register: Register) -> None:
    redacted, parts = redact_unlearned(register, "Visited 14 Larch Road.")
    assert redacted == "Visited an address in the area."
    assert parts_of(parts) == [
        ("14 Larch Road", "an address in the area", "address", "address:larch road")
    ]


def test_an_address_in_two_entries_is_the_family_home(register: Register) -> None:
    redacted, parts = redact(
        register, "Home visit to 14 Harlow Road.", "Letter sent to 14 Harlow Road."
    )
    assert redacted == "Letter sent to the family home."
    assert parts_of(parts) == [
        ("14 Harlow Road", "the family home", "address", "address:harlow road")
    ]


def test_the_reviewers_pseudonym_for_an_address_is_kept(register: Register) -> None:
    register.add(
        Entry(
            "address:harlow road",
            "address",
            "Nanna's house",
            ["Harlow Road"],
            role="address",
            source="reviewer",
        )
    )
    assert redact(register, "Home visit to 14 Harlow Road.", "Letter sent to 14 Harlow Road.")[
        0
    ] == ("Letter sent to Nanna's house.")


def test_a_long_street_name_is_keyed_by_its_last_three_words(register: Register) -> None:
    """ "Upper Fenwick Mill Road" and "Fenwick Mill Road" are one street, so two mentions."""
    redacted, parts = redact(
        register, "Moved to 31 Upper Fenwick Mill Road.", "Seen at Fenwick Mill Road."
    )
    assert redacted == "Seen at the family home."
    assert parts_of(parts) == [
        ("Fenwick Mill Road", "the family home", "address", "address:fenwick mill road")
    ]
    assert learned(register)[0][3] == [
        "Upper Fenwick Mill Road",
        "31 Upper Fenwick Mill Road",
        "Fenwick Mill Road",
    ]


def test_an_address_ending_in_x_is_recorded_whole(register: Register) -> None:
    redact(register, "Lives at 14 Harlow Road, Eastfield EF1 2AX")
    assert learned(register)[0][3] == ["Harlow Road", "14 Harlow Road, Eastfield EF1 2AX"]


def test_a_street_opening_the_sentence_is_an_address(register: Register) -> None:
    redacted, parts = redact(register, "Fenwick Road was closed off by police.")
    assert redacted == "An address in the area was closed off by police."
    assert parts_of(parts) == [
        ("Fenwick Road", "an address in the area", "address", "address:fenwick road")
    ]


def test_a_term_before_court_is_no_address(register: Register) -> None:
    """The specialist DV Court is a court, not a street."""
    assert redact(register, "Case listed at DV Court.") == ("Case listed at DV Court.", ())


def test_a_person_whose_surname_is_a_street_type_is_a_person(register: Register) -> None:
    """ "Mrs Jo Hill" and later "Jo Hill": a person, not a street called Hill."""
    anonymiser = Anonymiser(register, "month", today=TODAY)
    texts = ["Spoke to Mrs Jo Hill.", "Visit with Jo Hill today."]
    anonymiser.learn_all((t, CTX) for t in texts)
    assert anonymiser.redact(texts[0], CTX)[0] == "Spoke to Adult 1."
    redacted, parts = anonymiser.redact(texts[1], CTX)
    assert redacted == "Visit with Adult 1 today."
    assert parts_of(parts) == [("Jo Hill", "Adult 1", "person", "person:found:jo hill")]


def test_a_nurse_whose_surname_is_a_street_type_is_no_address(register: Register) -> None:
    """A nurse is not an address (and her surname goes with her, see below)."""
    redacted, parts = redact(register, "Seen by Nurse Jo Hill.")
    assert redacted.startswith("Seen by a nurse")
    assert [p.kind for p in parts] == ["practitioner"]


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("Seen by Nurse Jo Hill.", "Seen by a nurse."),
        ("SW Amy Lane visited.", "The social worker visited."),
        ("Seen by Nurse Hill.", "Seen by a nurse."),
    ],
)
def test_a_surname_that_is_a_street_type_is_hidden(register: Register, text: str, out: str) -> None:
    assert redact(register, text)[0] == out


def test_a_street_after_an_opening_verb_is_hidden(register: Register) -> None:
    assert redact(register, "Visited Fenwick Road today.")[0] == (
        "Visited an address in the area today."
    )


@pytest.mark.parametrize(
    ("text", "out", "original", "key"),
    [
        # "Street North" is longer than "Street": the whole name goes.
        (
            "Lives at 14 Harlow Street North now.",
            "Lives at an address in the area now.",
            "14 Harlow Street North",
            "address:harlow street north",
        ),
        # "St." with its stop, not "St" leaving a stray full stop.
        (
            "Lives at 27 Brook St. since May.",
            "Lives at an address in the area since May.",
            "27 Brook St.",
            "address:brook st.",
        ),
    ],
)
def test_the_longest_street_type_is_taken(
    register: Register, text: str, out: str, original: str, key: str
) -> None:
    redacted, parts = redact(register, text)
    assert redacted == out
    assert parts_of(parts) == [(original, "an address in the area", "address", key)]


# ------------------------------------------------------------------ towns and postcodes

EASTFIELD = "Lives at 14 Harlow Road, Eastfield EF1 2AB"


def test_a_known_town_after_a_street_is_part_of_the_address(register: Register) -> None:
    """No postcode here: the town, learned from another entry, goes with the street."""
    redacted, parts = redact(register, EASTFIELD, "Visited 3 Larch Road, Eastfield.")
    assert redacted == "Visited an address in the area."
    assert parts_of(parts) == [
        ("3 Larch Road, Eastfield", "an address in the area", "address", "address:larch road")
    ]


@pytest.mark.parametrize(
    "town", ["Ashby", "Eastfield-on-Sea"], ids=["another town", "a longer town"]
)
def test_each_known_town_after_a_street_is_part_of_the_address(
    register: Register, town: str
) -> None:
    redacted, parts = redact(
        register,
        EASTFIELD,
        f"Moved to 3 Larch Road, {town} AB2 4PD",
        f"Visited 7 Moss Lane, {town}.",
    )
    assert redacted == "Visited an address in the area."
    assert parts_of(parts) == [
        (f"7 Moss Lane, {town}", "an address in the area", "address", "address:moss lane")
    ]


def test_an_address_with_its_town_and_postcode_is_one_address(register: Register) -> None:
    redacted, parts = redact(register, EASTFIELD, "Moved to 3 Larch Road, Eastfield EF1 2AD")
    assert redacted == "Moved to an address in the area"
    assert parts_of(parts) == [
        ("EF1 2AD", "[postcode]", "postcode", ""),
        (
            "3 Larch Road, Eastfield EF1 2AD",
            "an address in the area",
            "address",
            "address:larch road",
        ),
    ]


def test_an_outward_code_alone_is_a_postcode(register: Register) -> None:
    """Once "EF1 2AB" and "AB2 4PD" are seen, "EF1" and "AB2" alone narrow the area too."""
    redacted, parts = redact(
        register,
        EASTFIELD,
        "Nan lives at 3 Larch Road, Ashby AB2 4PD",
        "Both homes are in EF1 and AB2.",
    )
    assert redacted == "Both homes are in [postcode] and [postcode]."
    assert parts_of(parts) == [
        ("EF1", "[postcode]", "postcode", ""),
        ("AB2", "[postcode]", "postcode", ""),
    ]


def test_a_town_the_reviewer_keeps_does_not_stop_the_next_town(register: Register) -> None:
    register.keep.append("Ashby")
    redacted, _ = redact(
        register, "Lives at 2 Moss Lane, Ashby AB1 2PD", EASTFIELD, "Went to Eastfield."
    )
    assert redacted == "Went to the area."
    assert [e[0] for e in learned(register)] == [
        "address:moss lane",
        "address:harlow road",
        "place:eastfield",
    ]


# ------------------------------------------------------------------ flats and numbers


def test_a_house_number_written_as_a_word_is_no_flat(register: Register) -> None:
    assert redact(register, "Number 5 was discussed.") == ("Number 5 was discussed.", ())


def test_a_house_number_after_no_stop_is_no_flat(register: Register) -> None:
    assert redact(register, "No. 5 was discussed.") == ("No. 5 was discussed.", ())


def test_a_verb_before_a_school_role_is_no_school(register: Register) -> None:
    assert redact(register, "Emailed DSL Westbrook Primary School.")[0] == (
        "Emailed DSL the primary school."
    )


# ---------------------------------------------------------------- from the second blind family
@pytest.mark.parametrize(
    ("text", "out"),
    [
        # "St." after a numbered street is the street's, not a saint's; its stop ends the sentence
        (
            "DA at Flat 3, 27b Cobbold St. Kerry reports.",
            "DA at an address in the area. Mother reports.",
        ),
        # a numbered name with no kind of street, known by the town and postcode after it; a
        # street's kind ("View") followed by a building's ("House") is the building's name
        (
            "Placed in TA: Flat 6, Harbour View House, 2-8 Ropewalk, Calderholt ZQ6 1TX. Done.",
            "Placed in TA: an address in the area, an address in the area. Done.",
        ),
        # from the third blind family: a numbered name after "to"/"at" is an address; a number
        # and a word elsewhere is not; a pub by its kind
        (
            "Bailed to 2 Furzebank. Kerry informed.",
            "Bailed to an address in the area. Mother informed.",
        ),
        ("CP plan x 2 Police attended.", "CP plan x 2 Police attended."),
        ("A fight outside the Ploughshare pub, late.", "A fight outside the pub, late."),
        # a weak kind ("Homes") confirmed by a bracket naming the organisation's kind
        (
            "Kestrel Homes (housing association): visit.",
            "The housing provider (housing association): visit.",
        ),
    ],
)
def test_places_the_second_blind_family_wrote(register: Register, text: str, out: str) -> None:
    assert redact(register, text)[0] == out
