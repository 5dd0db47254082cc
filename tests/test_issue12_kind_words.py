"""Issue 12, session 11: kind words that blind sets 26 and 27 showed wrong or missing.

"talking in sentences" is not a sentence passed at court; a health visitor's "Statutory review
(CLA)" is the child's looked-after review; a "Transfer-in ICPC" is the transfer-in conference
another service wrote in full; "call from" is one end of a telephone call; a hospital that
calls itself "Acute Hospital (ED and Paediatrics)" writes its attendances as rows like any
emergency department.
"""

from __future__ import annotations

import datetime as dt

from chronology.dedup import _kinds, cluster, load_rules, normalise_text, prepare
from chronology.linkage import ARRIVAL, CARE, LEAVING
from tests.test_issue12_linkage import row


def kinds(text: str) -> set[str]:
    rules = load_rules()
    return set(_kinds(normalise_text(text, rules), rules, False))


def test_sentences_spoken_are_not_a_sentence_passed() -> None:
    assert "court hearing" not in kinds("Told them she is happy and talking in sentences.")
    assert "court hearing" in kinds("Sentenced to 18 months at Crown Court")
    assert "court hearing" in kinds("He received a custodial sentence of two years")


def test_a_statutory_review_is_the_looked_after_review() -> None:
    assert "looked-after review" in kinds("Contact type: Statutory review (CLA). Outcome: attended")


def test_a_transfer_in_icpc_is_the_transfer_in_conference() -> None:
    found = kinds("Contact type: Transfer-in ICPC. Outcome: attended; report tabled.")
    assert "transfer-in conference" in found
    events = [
        row("Health Visiting", "Contact type: Transfer-in ICPC. Outcome: attended; report tabled."),
        row(
            "Children's Social Care",
            "Attended the transfer-in conference in Ousefield. Plans accepted.",
            kind="Conference",
            time=dt.time(10, 0),
        ),
    ]
    assert cluster(prepare(events)).clusters == [[0, 1]]


def test_a_call_from_is_a_telephone_call() -> None:
    assert "telephone call" in kinds("EDT: call from nurse in charge re 5 month old")


def test_an_acute_hospital_writing_ed_rows_writes_one_attendance() -> None:
    agency = "Acute Hospital (ED and Paediatrics)"
    items = prepare(
        [
            row(agency, "ED triage: Henry 5y. Burn R palm from wood burner", time=dt.time(17, 20)),
            row(agency, "Dr r/v (ST3): superficial partial thickness burn", time=dt.time(18, 40)),
            row(agency, "D/C home with mum. Dressing check tomorrow.", time=dt.time(19, 35)),
        ]
    )
    assert [p.phase for p in items] == [ARRIVAL, CARE, LEAVING]
    assert cluster(items).clusters == [[0, 1, 2]]


def test_moves_starts_and_returns_in_their_other_words() -> None:
    assert "house move" in kinds("Keddles moved onto Ashpit Farm today - plot 12")
    assert "house move" in kinds("Move-in 14 Kestrel Close. Keys issued.")
    assert "school start" in kinds("Prue started with us today in Year 3")
    returned = "Lottie returned to the full-time care of her special guardian today"
    assert "placement" in kinds(returned)
    assert "placement" in kinds("Placement ended: Lottie returned to her special guardian")
    assert "placement" not in kinds("Mum returned the consent form to the social worker")
