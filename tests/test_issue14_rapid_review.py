"""Issue 14, correction 1: the rapid review is counted from the day the local authority became
aware of the incident, the referral only when no awareness date is given.

Guidance (Rapid Review): "The Rapid Review must be completed within 15 working days of becoming
aware of the incident as outlined in National Panel guidance."
"""

from __future__ import annotations

import datetime as dt

from reviews.timescales import compute_deadlines, deadlines_for
from reviews.workingdays import WorkingCalendar

CAL = WorkingCalendar()  # England bank holidays only
D = dt.date


def test_rapid_review_counted_from_awareness_not_the_referral() -> None:
    # Awareness Wed 25/03/2026: WD1 Thu 26, WD2 Fri 27, WD3 Mon 30, WD4 Tue 31, WD5 Wed 01/04,
    # WD6 Thu 02/04; Fri 03/04 Good Friday, Mon 06/04 Easter Monday; WD7 Tue 07, WD8 Wed 08,
    # WD9 Thu 09, WD10 Fri 10, WD11 Mon 13, WD12 Tue 14, WD13 Wed 15, WD14 Thu 16,
    # WD15 Fri 17/04/2026.
    due = compute_deadlines(referral=D(2026, 3, 30), la_awareness=D(2026, 3, 25), calendar=CAL)
    assert due["rapid_review_due"] == D(2026, 4, 17)
    # Not Wed 22/04/2026, which is 15 working days after the referral (Mon 30/03).
    assert due["rapid_review_due"] != D(2026, 4, 22)


def test_rapid_review_counted_from_the_referral_only_without_awareness() -> None:
    # Referral Mon 30/03/2026: WD1 Tue 31, WD2 Wed 01/04, WD3 Thu 02/04; Good Friday and Easter
    # Monday; WD4 Tue 07 ... WD7 Fri 10, WD8 Mon 13 ... WD12 Fri 17, WD13 Mon 20, WD14 Tue 21,
    # WD15 Wed 22/04/2026.
    found = {d.key: d for d in deadlines_for(referral=D(2026, 3, 30), calendar=CAL)}
    rapid = found["rapid_review_due"]
    assert rapid.due == D(2026, 4, 22)
    assert rapid.counted_from == "la_awareness" and rapid.counted_from_date == D(2026, 3, 30)
    assert rapid.note is not None and "counted from the referral" in rapid.note


def test_the_meeting_window_stays_counted_from_the_referral() -> None:
    # "The Rapid Review meeting should be scheduled between 7 and 13 working days of receiving
    # the referral": referral Mon 30/03/2026, WD7 Fri 10/04, WD13 Mon 20/04.
    due = compute_deadlines(referral=D(2026, 3, 30), la_awareness=D(2026, 3, 25), calendar=CAL)
    assert due["rapid_review_meeting_earliest"] == D(2026, 4, 10)
    assert due["rapid_review_meeting_latest"] == D(2026, 4, 20)
