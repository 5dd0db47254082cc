"""Issue 19: anonymised texts that stay true. Services keep their names, ordinary words and
fixed phrases survive, a first name two family members share is resolved or reported, reasons
for rejected rows stay true, and nothing leaks."""

from __future__ import annotations

import pytest

from anonymise.apply import find_leaks
from anonymise.redact import Anonymiser, Ctx
from anonymise.register import register_from_family
from anonymise.residual import ResidualFinder
from tests.test_issue19_cases import (
    KETTLEBY_OTHER_SECRETS,
    KETTLEBY_TEXTS,
    REJECTED_REASON,
    TODAY,
    kettleby,
)


@pytest.fixture(scope="module")
def anonymised():
    register = register_from_family(kettleby(), today=TODAY)
    anonymiser = Anonymiser(register, "month", today=TODAY)
    items = [(t, Ctx(agency=a, where=f"text {i}")) for i, (a, t, _, _) in enumerate(KETTLEBY_TEXTS)]
    items += [("Probation.csv", Ctx(field="filename")), ("Probation", Ctx(field="agency"))]
    anonymiser.learn_all(items)
    outputs = [
        anonymiser.redact(t, Ctx(agency=a, where=f"text {i}"))
        for i, (a, t, _, _) in enumerate(KETTLEBY_TEXTS)
    ]
    return anonymiser, register, outputs


@pytest.mark.parametrize("number", range(len(KETTLEBY_TEXTS)))
def test_trap_texts(anonymised, number):
    _, _, outputs = anonymised
    _, _, want, never = KETTLEBY_TEXTS[number]
    out = outputs[number][0]
    assert all(w in out for w in want), out
    assert not any(w in out for w in never), out


def test_no_leak_by_the_products_check_or_by_search(anonymised, tmp_path):
    _, register, outputs = anonymised
    path = tmp_path / "out.txt"
    path.write_text("\n".join(o for o, _ in outputs), encoding="utf-8")
    assert find_leaks([path], register) == []
    text = path.read_text(encoding="utf-8")
    for entry in register.of_kind("person"):
        for name in entry.names:
            for word in name.replace("-", " ").split():
                assert word not in text.replace("Moses basket", ""), word
    for secret in KETTLEBY_OTHER_SECRETS:
        assert secret not in text


def test_agencies_are_never_people(anonymised):
    anonymiser, register, _ = anonymised
    assert anonymiser.redact_filename("Probation", Ctx(field="agency")) == "Probation"
    names = {n for e in register.of_kind("person", "practitioner") for n in e.names}
    assert not any("Probation" in n for n in names)


def test_a_practitioner_called_moses_leaves_moses_baskets_and_the_leak_check_agrees(
    anonymised, tmp_path
):
    anonymiser, register, _ = anonymised
    assert any("Moses" in n for e in register.of_kind("practitioner") for n in e.names)
    out, _ = anonymiser.redact("Two Moses baskets were seen.", Ctx(agency="Probation"))
    assert out == "Two Moses baskets were seen."
    path = tmp_path / "basket.txt"
    path.write_text(out, encoding="utf-8")
    assert find_leaks([path], register) == []
    path.write_text("Moses visited.", encoding="utf-8")
    assert find_leaks([path], register)  # the name alone is still a leak


def test_a_shared_first_name_is_resolved_by_context_or_reported(anonymised):
    _, _, outputs = anonymised
    great_nan = dict((r.original, r) for r in outputs[1][1])
    assert great_nan["Great-Nan Hope"].replacement == "Maternal great-grandmother 1"
    assumed = [r for r in outputs[0][1] if r.original == "Hope"]
    assert assumed and "shares the name" in assumed[0].note
    unknown = [r for r in outputs[15][1] if r.original == "Dean"]
    assert unknown[0].replacement == "a family member" and unknown[0].note.startswith("ambiguous")


def test_an_uncertain_capitalised_word_goes_to_the_residual_report(anonymised):
    _, register, outputs = anonymised
    found = ResidualFinder(register).find(outputs[3][0], "text 3", "text", "month")
    assert "Northshire" in {r.text for r in found}


@pytest.mark.parametrize("mode", ["month", "age"])
def test_a_rejected_reason_stays_true(mode):
    register = register_from_family(kettleby(), today=TODAY)
    anonymiser = Anonymiser(register, mode, today=TODAY)
    out, _ = anonymiser.redact(REJECTED_REASON, Ctx(where="rejected"))
    assert "31 February" in out and "'February 2019'" not in out
    assert "31/02/2019" not in out
    if mode == "age":
        assert "2019" not in out


def test_a_name_quoted_in_lower_case_is_redacted_and_ordinary_words_stay(anonymised):
    """A key-event reason quotes the model's words in lower case ('model, from "lily"'): a
    first name there leaked into published files while capitalised mentions were caught."""
    anonymiser, _, _ = anonymised
    reason = 'model, from "social", "lily", "hospital" → injury'
    out, found = anonymiser.redact(reason, Ctx(field="category_reason"))
    assert "lily" not in out.lower(), out
    assert '"social"' in out and '"hospital"' in out and out.endswith("→ injury")
    assert found
    said = 'Mother said "we are fine" and "lily is asleep".'
    out, _ = anonymiser.redact(said, Ctx(field="event_text"))
    assert '"we are fine"' in out and "lily" not in out.lower(), out


def test_merge_anonymise_labels_agencies_as_the_screen_does(tmp_path):
    """One rule for agencies in files and on screen (anonymise.agencies): a name taken from a
    file name ("Hughes.csv", the family's surname) is a neutral "Agency 1", a named GP
    practice chosen by a person is "GP", a known service keeps its name."""
    import csv
    import shutil

    from cspr.cli import main
    from dashboard.demo import DEMO_DIR

    hughes = tmp_path / "Hughes.csv"
    hughes.write_text(
        "Date,Entry\n01/03/2019,Home visit; children seen and well.\n"
        "08/03/2019,Phone call to the school about attendance.\n",
        encoding="utf-8",
    )
    police = shutil.copy(DEMO_DIR / "Police_chronology.xlsx", tmp_path / "Police.xlsx")
    gp = shutil.copy(DEMO_DIR / "GP_chronology.csv", tmp_path / "gp_extract.csv")
    out = tmp_path / "out"
    args = ["merge", str(hughes), str(police), str(gp), "--out", str(out)]
    args += ["--agency", "gp_extract.csv=Riverside Surgery"]
    family = shutil.copy(DEMO_DIR / "family.xlsx", tmp_path / "family.xlsx")  # its register
    args += ["--people", str(family), "--anonymise"]  # is written beside it
    assert main(args) == 0
    with (out / "sources.csv").open(encoding="utf-8-sig") as handle:
        agencies = {row["agency"] for row in csv.DictReader(handle)}
    assert agencies == {"Agency 1", "Police", "GP"}
    for path in out.rglob("*.csv"):
        text = path.read_text(encoding="utf-8-sig")
        assert "Hughes" not in text and "Riverside" not in text, path.name


@pytest.mark.parametrize(
    ("text", "never", "kept"),
    [
        # Found by the blind family (sample_data/blind_anonymise_family.py): each leaked.
        ("Admitted to Kingfisher Ward overnight.", ["Kingfisher"], ["the ward overnight"]),
        ("No room at Tanners Barn for the twins.", ["Tanners"], ["a house for the twins"]),
        (
            "Paediatric registrar Dr Oisin Carrow-Blake raised concern.",
            ["Carrow", "Blake"],
            ["raised concern"],
        ),
        ("Dr Carrow-Blake saw her.", ["Carrow", "Blake"], ["saw her"]),
        ("Lily now calls her Mummy Pip.", ["Pip", "Lily"], ["Mummy [name]"]),
        ("Saw Kaydo (Kayden Brack) in the car.", ["Kaydo", "Kayden"], ["[name] (Half-sibling 1)"]),
        ("Kayden Brack (Kaydo) was seen.", ["Kaydo", "Kayden"], ["Half-sibling 1 ([name])"]),
        # Ordinary words in the same places stay.
        ("Lily (Reception) was tired.", ["Lily"], ["(Reception) was tired"]),
        ("Mum said no; the Farm Shop was shut.", [], ["Mum said no; the Farm Shop was shut."]),
    ],
)
def test_names_places_and_nicknames_the_blind_family_leaked(anonymised, text, never, kept):
    anonymiser, _, _ = anonymised
    out, _ = anonymiser.redact(text, Ctx(agency="Health"))
    assert not [w for w in never if w in out], out
    assert all(k in out for k in kept), out
