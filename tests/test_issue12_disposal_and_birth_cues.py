"""Issue 12, session 10: two cues blind set 20 showed missing.

An emergency department's "Disposal" row ends the attendance its triage began, so the two are
one occurrence; a row typed "Birth" ("T had her baby - Ruby, born this afternoon") records
the birth the midwife recorded, although "born this afternoon" reads like a plan.
"""

from __future__ import annotations

import datetime as dt

from chronology.dedup import cluster, prepare
from chronology.linkage import ARRIVAL, LEAVING
from tests.test_issue12_linkage import row


def test_a_disposal_row_ends_the_attendance_its_triage_began() -> None:
    items = prepare(
        [
            row(
                "Emergency Department",
                "Triage: brought by ambulance, known T1DM, vomiting, drowsy. Cat 2.",
                kind="Triage",
                time=dt.time(7, 12),
                number=2,
            ),
            row(
                "Emergency Department",
                "Referred to paediatrics, transferred to the ward HDU bay. Checklist done.",
                kind="Disposal",
                time=dt.time(9, 35),
                number=3,
            ),
            row(
                "Emergency Department",
                "For admission under paeds. Police present on arrival.",
                time=dt.time(9, 40),
                number=4,
            ),
        ]
    )
    assert [p.phase for p in items] == [ARRIVAL, LEAVING, LEAVING]
    assert items[0].attendance == items[1].attendance != 0
    assert cluster(items).clusters[0][:2] == [0, 1]


def test_a_row_typed_birth_records_the_birth() -> None:
    items = prepare(
        [
            row(
                "Leaving Care Service",
                "T had her baby - Ruby, 3.02kg, born this afternoon.",
                kind="Birth",
            ),
            row(
                "Midwifery",
                "Contact type: Birth. Outcome: SVD 14:52 at 38+4, baby girl Ruby, 3.02kg",
            ),
            row("Health Visiting", "Birth plan discussed at antenatal contact", kind="Antenatal"),
        ]
    )
    assert "birth" in items[0].kinds and "birth" in items[1].kinds
    assert "birth" not in items[2].kinds


def test_a_mappa_meeting_and_a_release_from_custody_are_known() -> None:
    """Blind set 24 (a dev set since): four services' records of a MAPPA level 2 meeting, one
    typed only "MAPPA", and a release from a young offender institution on licence."""
    items = prepare(
        [
            row("Youth Justice Service", "MAPPA level 2 (pre-release) - I presented the risk"),
            row("Police", "MAPPA L2 ATTENDED. AMBERLEY TO BE IOM FIXED COHORT", kind="MAPPA"),
            row("Young Offender Institution", "Discharged from HMYOI Thornmoor 08:50 on licence"),
            row("Police", "AMBERLEY RELEASED ON LICENCE FROM HMYOI THORNMOOR 0850 HRS"),
            row(
                "Youth Justice Service",
                "MAPPA referral (A form) sent: Category 2, level 2 requested",
            ),
        ]
    )
    assert "MAPPA meeting" in items[0].kinds and "MAPPA meeting" in items[1].kinds
    assert "release from custody" in items[2].kinds and "release from custody" in items[3].kinds
    assert "MAPPA meeting" not in items[4].kinds
