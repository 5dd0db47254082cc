"""Issue 13, second round: what the train-fold cross-validation chose, pinned.

The shipped model's settings were chosen on out-of-fold predictions over the TRAIN case groups
(bench/classify_train.py); these tests pin what that changed in the code: the rules' evidence
enters the model at a value of its own, the rewrites are read once for rules and model alike,
and a brain injury in a review is the harm under review, not an illness."""

from __future__ import annotations

import numpy as np
import pytest

from chronology.classify import (
    LABELS,
    classify,
    classify_rules,
    find_rules,
    load_rules,
    model_text,
)
from chronology.keyevent_model import Model, load_model


def _model(evidence_value: float | None) -> Model:
    features = ("w:bruise", "r:injury_or_neglect")
    combine = {} if evidence_value is None else {"evidence_value": evidence_value}
    return Model(
        labels=LABELS,
        features=features,
        index={f: i for i, f in enumerate(features)},
        idf=np.ones(2),
        weights=np.zeros((2, len(LABELS))),
        intercept=np.zeros(len(LABELS)),
        combine=combine,
        trained_on={},
    )


@pytest.mark.parametrize(("value", "expected"), [(None, 1.0), (0.5, 0.5), (2.0, 2.0)])
def test_rule_evidence_enters_the_model_at_its_own_value(
    value: float | None, expected: float
) -> None:
    columns, values = _model(value).vector("bruise", ["r:injury_or_neglect", "r:unknown"])
    assert columns.tolist() == [0, 1]
    # the words' part has unit length whatever the evidence's value
    assert values.tolist() == [1.0, expected]
    columns, values = _model(value).vector("", ["r:injury_or_neglect"])
    assert columns.tolist() == [1] and values.tolist() == [expected]


def test_the_shipped_model_says_how_it_was_chosen() -> None:
    model = load_model()
    assert model is not None
    trained = model.trained_on
    assert "evidence_value" in trained and "C" in trained
    assert model.combine["evidence_value"] == trained["evidence_value"]
    found = trained["out_of_fold_real"]
    assert isinstance(found, dict)
    assert set(found) >= {"hybrid_primary", "hybrid_among", "mean_labels"}


@pytest.mark.parametrize(
    "text",
    [
        "ED. LAC review chaired by IRO, S47 started, Miss Jones attended",
        "Mum's boyfriend DNA'd the appt; o/d of paracetamol, # L wrist",
        "C&F assessment; B&B placement; 32/40 pregnant",
        "",
    ],
)
def test_the_rewrites_are_read_once_for_rules_and_model(text: str) -> None:
    rules = load_rules()
    findings = find_rules(text, "", rules)
    assert model_text(text, rules, findings.rewritten) == model_text(text, rules)


def test_a_brain_injury_is_an_injury() -> None:
    text = "On examination he was found to have severe brain injuries."
    assert classify_rules(text).category == "injury_or_neglect"
    assert classify(text).category == "injury_or_neglect"
    assert "birth_death_illness" not in classify_rules(text).categories


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision not to prosecute is still the criminal process
        ("There were no criminal proceedings over the baby's death.", "criminal_proceedings"),
        ("The father was not prosecuted.", "criminal_proceedings"),
        ("No prosecution followed the investigation.", "criminal_proceedings"),
        # resuscitation is read as the death or collapse it is about
        ("Despite efforts to resuscitate him at hospital, he died an hour later.",
         "birth_death_illness"),
    ],
)  # fmt: skip
def test_rules_found_on_train_rows(text: str, expected: str) -> None:
    assert classify_rules(text).category == expected


def test_a_name_given_in_a_report_is_not_a_referral() -> None:
    assert classify_rules("Brooke had two siblings, referred to as Andrew and Susan.").category == (
        "not_key_event"
    )
    assert classify_rules("Child referred to MASH by the school").category == "referral_contact"


@pytest.mark.parametrize(
    "text",
    [
        "On the night of her death Child A was put to sleep on a small sofa.",
        "At the point of the death, Child A had multiple injuries.",
    ],
)
def test_the_occasion_of_a_death_is_a_weak_find(text: str) -> None:
    findings = find_rules(text, "", load_rules())
    weak = {label: is_weak for label, _, is_weak in findings.found}
    assert weak["birth_death_illness"] is True
