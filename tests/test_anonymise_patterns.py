"""Each kind of identifying text, one pattern at a time, with real strings: NHS numbers (valid
and invalid check digits), NI numbers, postcodes, phone numbers, emails, addresses, named
organisations, practitioners with titles, names with possessives, hyphens, initials and typos,
dates of birth and event dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from anonymise.metadata import strip_pdf, strip_svg
from anonymise.patterns import nhs_checksum_ok
from anonymise.redact import Anonymiser, Ctx
from anonymise.register import Register, register_from_family
from anonymise.words import is_ordinary
from genogram.family import read_family
from tests.builders import write_xlsx

TODAY = dt.date(2026, 1, 1)
PEOPLE = [
    ["person_id", "name", "sex", "date_of_birth", "role", "aliases", "notes"],
    ["F1", "Amara Okonkwo-Price", "F", dt.datetime(2016, 2, 14), "subject child", "Mara", None],
    ["F2", "Kerry-Ann Price", "F", "1990", "mother", "Kez;Kerry Price", "Tel 07700 900111"],
    ["F3", "Emeka Okonkwo", "M", dt.datetime(1987, 9, 3), "father", "Mek", "NI QQ 98 76 54 D"],
    ["F4", "Darren Walsh", "M", "1984", "mum's partner", "Daz", None],
    ["F5", "Janet Price", "F", "1966", "maternal grandmother", "Jan;Nanna Jan", None],
    ["F6", "Jayden Price", "M", "2012", "brother", "Jay", "NHS 999 012 3456"],
]
RELATIONSHIPS = [
    ["person_a", "person_b", "type"],
    ["F2", "F1", "parent"],
    ["F3", "F1", "parent"],
    ["F2", "F6", "parent"],
    ["F5", "F2", "parent"],
    ["F2", "F4", "partners"],
]


@pytest.fixture(scope="module")
def family_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("family") / "family.xlsx"
    return write_xlsx(path, {"People": PEOPLE, "Relationships": RELATIONSHIPS})


@pytest.fixture
def register(family_path: Path) -> Register:
    """A fresh register for each test: learning adds to it."""
    return register_from_family(read_family(family_path), today=TODAY)


def _redact(register: Register, *texts: str, mode: str = "month", ctx: Ctx | None = None) -> str:
    anonymiser = Anonymiser(register, mode, today=TODAY)
    ctx = ctx or Ctx(agency="Children's Social Care", date=dt.date(2021, 3, 4))
    anonymiser.learn_all((t, ctx) for t in texts)
    return anonymiser.redact(texts[-1], ctx)[0]


def test_family_pseudonyms_follow_the_scheme(register: Register) -> None:
    pseudonyms = {e.key: e.pseudonym for e in register.of_kind("person")}
    assert pseudonyms == {
        "person:F1": "Child A",
        "person:F2": "Mother",
        "person:F3": "Father",
        "person:F4": "Mother's partner",
        "person:F5": "Maternal grandmother",
        "person:F6": "Sibling 1",
    }


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("999 014 1134", True),
        ("9990104220", True),
        ("999-019-9272", True),
        ("999 014 1135", False),
        ("123 456 7890", False),
        ("943 476 5919", True),
    ],
)
def test_nhs_checksum(number: str, valid: bool) -> None:
    assert nhs_checksum_ok(number.replace(" ", "").replace("-", "")) is valid


def test_nhs_numbers_valid_replaced_invalid_kept(register: Register) -> None:
    out = _redact(register, "Seen; NHS no 999 014 1134. Ref 999 014 1135 and 943 476 5919.")
    assert "999 014 1134" not in out and "943 476 5919" not in out
    assert out.count("[NHS number]") == 2
    assert "999 014 1135" in out  # not a valid NHS number and no NHS label before it


def test_nhs_number_with_label_replaced_even_with_a_typo(register: Register) -> None:
    assert _redact(register, "NHS 999 014 1135") == "NHS [NHS number]"


@pytest.mark.parametrize("ni", ["QQ 12 34 56 A", "QQ123456A", "AB 12 34 56 C", "qq 11 22 33 b"])
def test_ni_numbers(register: Register, ni: str) -> None:
    assert _redact(register, f"NI number {ni} given.") == "NI number [NI number] given."


@pytest.mark.parametrize(
    "postcode", ["EF1 3XW", "ef2 7qx", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN551PT"]
)
def test_postcodes(register: Register, postcode: str) -> None:
    assert postcode not in _redact(register, f"Moved to {postcode} last week.")


def test_not_postcodes(register: Register) -> None:
    assert _redact(register, "G3 P2, Y4 class, PHQ-9 17") == "G3 P2, Y4 class, PHQ-9 17"


@pytest.mark.parametrize(
    "phone",
    [
        "07700 900461",
        "07700900461",
        "+447700900461",
        "+44 (0)7700 900461",
        "(01632) 960347",
        "0161-496-0000",
        "0161 496 0000",
        "0044 7700 900461",
    ],
)
def test_phone_numbers(register: Register, phone: str) -> None:
    out = _redact(register, f"Mum called from {phone} today.")
    assert out == "Mum called from [phone number] today."


def test_not_phone_numbers(register: Register) -> None:
    text = "Peak flow 240, £1,980 arrears, 24-month order, GCS 15, 2019 to 2021."
    assert _redact(register, text) == text


@pytest.mark.parametrize(
    "email", ["kez.price@example.com", "K_Price90@mail.example.co.uk", "j@x.org"]
)
def test_emails(register: Register, email: str) -> None:
    assert _redact(register, f"Email {email} sent.") == "Email [email address] sent."


@pytest.mark.parametrize(
    "address",
    [
        "14 Larch Close",
        "Flat 3, 27 Brook Street",
        "Room 12, Westgate House, Eastfield EF1 3XW",
        "9 Ash Grove, Eastfield EF3 2PL",
        "27 Brook St",
        "Apartment 4b, Mill Court",
        "112 Victoria Road",
        "Oakwood Avenue",
    ],
)
def test_addresses(register: Register, address: str) -> None:
    out = _redact(register, f"Home visit to {address}, no answer.")
    assert out.startswith("Home visit to ") and out.endswith(", no answer.")
    for word in ("Larch", "Brook", "Westgate", "Ash", "Mill", "Victoria", "Oakwood", "EF"):
        assert word not in out
    assert "address" in out or "home" in out


def test_address_seen_twice_is_the_family_home(register: Register) -> None:
    anonymiser = Anonymiser(register, today=TODAY)
    anonymiser.learn_all(
        [
            ("DA at 14 Larch Close.", Ctx(where="a")),
            ("Visit to 14 Larch Close.", Ctx(where="b")),
            ("Uncle lives at 9 Ash Grove.", Ctx(where="c")),
        ]
    )
    assert anonymiser.redact("Moved from Larch Close to 9 Ash Grove.")[0] == (
        "Moved from the family home to an address in the area."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Started at Westbrook Primary today", "Started at the primary school today"),
        ("Letter from St Aidan’s C of E Primary", "Letter from the primary school"),
        ("Place at Little Acorns Nursery offered", "Place at the nursery offered"),
        ("Registered at Hollybank Medical Practice", "Registered at the GP practice"),
        ("Seen at Oak Tree Surgery", "Seen at the GP practice"),
        ("Admitted to Northgate General overnight", "Admitted to the hospital overnight"),
        ("Transferred to Hollinwell Infirmary", "Transferred to the hospital"),
        ("Moved to Longmoor Academy", "Moved to the school"),
        ("Remanded at HMP Eastmoor", "Remanded at the prison"),
        ("Bailed to Easton Magistrates’ Court", "Bailed to the magistrates' court"),
    ],
)
def test_organisations(register: Register, text: str, expected: str) -> None:
    assert _redact(register, text) == expected


def test_organisation_name_alone_is_replaced_after_it_was_seen(register: Register) -> None:
    out = _redact(register, "Admitted to Westbrook Primary.", "File requested from Westbrook.")
    assert out == "File requested from the primary school."


def test_two_schools_are_numbered(register: Register) -> None:
    out = _redact(
        register,
        "Left Westbrook Primary.",
        "Started Fernside Primary.",
        "From Westbrook Primary to Fernside Primary.",
    )
    assert out == "From primary school 1 to primary school 2."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joint visit with DC Smith.", "Joint visit with a police officer."),
        ("Seen by Dr A. Patel today.", "Seen by a doctor today."),
        (
            "Strat disc: DS R. Carter, HV Jo Evans.",
            "Strat disc: a police officer, the health visitor.",
        ),
        ("PC 4471 H. Price attended.", "A police officer attended."),
        ("Call from social worker Amy Clarke.", "Call from the social worker."),
        ("Allocated SW Tom Reilly.", "Allocated SW."),
        ("Amy Clarke (SW) visited.", "The social worker visited."),
        ("Chaired by Mrs K. Whitfield (DSL).", "Chaired by the DSL."),
        ("TA Mrs Rowe spoke to him.", "The teaching assistant spoke to him."),
        ("Nurse Renée Dubois gave advice.", "A nurse gave advice."),
        ("Family Support Worker Rachel Ng visited.", "The family support worker visited."),
    ],
)
def test_practitioners_with_titles_and_roles(register: Register, text: str, expected: str) -> None:
    assert _redact(register, text) == expected


def test_practitioner_learned_once_is_replaced_everywhere(register: Register) -> None:
    out = _redact(
        register,
        "HV Jo Evans",
        "Evans phoned; Jo Evans to visit.",
        ctx=Ctx(field="text", agency="Health"),
    )
    assert out == "The health visitor phoned; the health visitor to visit."


def test_practitioner_column(register: Register) -> None:
    anonymiser = Anonymiser(register, today=TODAY)
    ctx = Ctx(field="practitioner", agency="Probation")
    anonymiser.learn_all([("Nadia Bhatt", ctx), ("Probation (Nadia Bhatt) rang.", Ctx())])
    assert anonymiser.redact("Nadia Bhatt", ctx)[0] == "The probation officer"
    assert anonymiser.redact("Probation (Nadia Bhatt) rang.")[0] == (
        "Probation (the probation officer) rang."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amara's school bag", "Child A's school bag"),
        ("Amara’s bruise", "Child A’s bruise"),
        ("AMARA OKONKWO-PRICE seen", "Child A seen"),
        ("Okonkwo-Price family", "The family"),  # it opens the text
        ("Kerry-Ann said", "Mother said"),
        ("Kerry said", "Mother said"),
        ("Mum Kerry-Ann Price attended", "Mother attended"),
        ("Seen with Kez and Daz", "Seen with Mother and Mother's partner"),
        ("K. Price signed", "Mother signed"),
        ("Mr Walsh arrested", "Mother's partner arrested"),
        ("Ms Price arrested", "Mother arrested"),
        ("Amarah upset", "Child A upset"),
        ("Darran Walsh present", "Mother's partner present"),
        ("Okonkow attended", "Father attended"),
        ("Nanna Jan collected her", "Maternal grandmother collected her"),
        ("mum's partner Darren said", "Mother's partner said"),
        ("brother Jayden and sister", "Sibling 1 and sister"),
        ("Emeka (dad) rang", "Father rang"),
    ],
)
def test_family_names(register: Register, text: str, expected: str) -> None:
    assert _redact(register, text) == expected


def test_unknown_names_in_name_contexts(register: Register) -> None:
    out = _redact(register, "Mrs Okoro rang. Bethany Walsh visited. @Lisa to chase. J. Bloggs.")
    for word in ("Okoro", "Bethany", "Lisa", "Bloggs"):
        assert word not in out
    assert "Adult 1 rang" in out


def test_dates_of_birth_and_event_dates(register: Register) -> None:
    out = _redact(register, "Emeka (DOB 03/09/1987) seen 14/02/2016 and on 12th March 2019.")
    assert out == "Father ([date of birth]) seen [date of birth] and on March 2019."
    assert _redact(register, "Visit 08/06, review 3 June 2020.") == (
        "Visit June 2020, review June 2020."
    )


def test_dates_as_ages(register: Register) -> None:
    out = _redact(register, "Seen 20/04/2018; review 01/01/2015.", mode="age")
    assert out == "Seen when Child A was 2y 2m; review before Child A was born."


def test_sentences_stay_readable(register: Register) -> None:
    out = _redact(
        register, "Kerry-Ann told the class teacher her new partner Darren Walsh had moved in."
    )
    assert out == "Mother told the class teacher her new Mother's partner had moved in."


def test_ordinary_words_are_not_names() -> None:
    assert is_ordinary("referrals") and is_ordinary("minimising") and is_ordinary("colour")
    assert is_ordinary("MASH") and is_ordinary("paediatric")
    assert not is_ordinary("Kayden") and not is_ordinary("Okonkwo")


def test_metadata_svg_and_pdf() -> None:
    svg = "<svg><title>Kayden</title><metadata>x</metadata><!-- by Amy --><g/></svg>"
    assert strip_svg(svg) == "<svg><g/></svg>"
    pdf = b"<< /Title (Kayden Hughes) /Author (Amy) /Producer (cairo) >>"
    stripped = strip_pdf(pdf)
    assert len(stripped) == len(pdf) and b"Kayden" not in stripped and b"Amy" not in stripped


def test_filename_redaction(register: Register) -> None:
    anonymiser = Anonymiser(register, today=TODAY)
    assert anonymiser.redact_filename("Amara_school_chronology.xlsx") == (
        "Child_A_school_chronology.xlsx"
    )
    assert anonymiser.redact_filename("Jayden") == "Sibling 1"


def test_lower_case_ordinary_word_names_are_left(tmp_path: Path) -> None:
    path = tmp_path / "family.xlsx"
    people = [
        PEOPLE[0],
        ["F1", "Will Rose", "M", dt.datetime(2016, 2, 14), "subject child", None, None],
    ]
    write_xlsx(path, {"People": people, "Relationships": [RELATIONSHIPS[0]]})
    register = register_from_family(read_family(path), today=TODAY)
    assert _redact(register, "Will said mum will come. Rose and WILL.") == (
        "Child A said mum will come. Child A and Child A."
    )
