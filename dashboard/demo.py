"""`cspr dashboard --demo`: the fictional demo case in a fresh database, one login per role.

The passwords are fixed and printed because the case is fictional and the server listens on
this machine only; never use them for real data.

The demo case's files are package data (`sample_data.demo_case`, a data-only namespace package
in the wheel), so `cspr demo` and `cspr dashboard --demo` work from an ordinary `pip install`;
this module is the one place that finds them, for the dashboard and the command line alike.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from importlib import resources
from pathlib import Path

from sqlalchemy.orm import Session

from accounts import add_user, assign
from chronology.agencies import agency_from_filename
from chronology.ingest import read_chronology
from reviews import service
from reviews.casefiles import set_file_status, store_file
from reviews.models import Review
from reviews.workingdays import default_calendar

DEMO_PACKAGE = "sample_data.demo_case"
# Where a source checkout keeps them, for an install made before they were package data
SOURCE_DEMO_DIR = Path(__file__).resolve().parent.parent / "sample_data" / "demo_case"
NOT_CHRONOLOGIES = frozenset({"family.xlsx", "ground_truth.csv"})
DEMO_REFERENCE = "CSPR-2021-03"
CURRENT_REFERENCE = "RR-DEMO-01"
# user name, role, agency, password
DEMO_USERS = (
    ("admin", "admin", "", "demo-admin-pass"),
    ("lead", "lead_reviewer", "", "demo-lead-pass"),
    ("panel", "panel_member", "", "demo-panel-pass"),
    ("support", "business_support", "", "demo-support-pass"),
    ("police", "agency_uploader", "Police", "demo-police-pass"),
)
BY = "demo"


def locate_demo_case() -> Path:
    """The folder of the demo case's files, as a real path: the readers open files by path.

    Installed, the files sit on disk beside the package and are used in place; from a zip (no
    folder to point at) they are copied once to a private temporary folder.
    """
    try:
        root = resources.files(DEMO_PACKAGE)
    except (ModuleNotFoundError, NotADirectoryError):
        # A checkout: an editable install made before the packaging has no such package, and
        # setuptools' editable finder adds a placeholder path Python 3.11's resources reject.
        return SOURCE_DEMO_DIR
    family = root / "family.xlsx"
    if isinstance(family, Path):
        return family.parent
    folder = Path(tempfile.mkdtemp(prefix="cspr-demo-case-"))
    for item in root.iterdir():
        if item.is_file():
            (folder / item.name).write_bytes(item.read_bytes())
    return folder


DEMO_DIR = locate_demo_case()


def demo_chronologies() -> list[Path]:
    """The agencies' chronologies of the demo case (not the family workbook or ground truth)."""
    return sorted(
        p
        for p in DEMO_DIR.glob("*")
        if p.suffix in {".xlsx", ".csv"} and p.name not in NOT_CHRONOLOGIES
    )


def load_demo(session: Session, data_dir: Path, today: dt.date | None = None) -> list[str]:
    """Reviews, uploads, users and assignments of the demo; returns the login lines."""
    today = today or dt.date.today()
    calendar = default_calendar()
    review = service.add_review(
        session,
        reference=DEMO_REFERENCE,
        review_type="rapid_review",
        user=BY,
        referral_date=dt.date(2021, 3, 12),
        incident_date=dt.date(2021, 3, 9),
        referring_agency="Police",
    )
    _rapid_review(session, review)
    for path in demo_chronologies():
        entry = store_file(
            session,
            data_dir,
            review,
            path.name,
            path.read_bytes(),
            by=BY,
            agency=agency_from_filename(path),
        )
        entry.status = "confirmed"
        result = read_chronology(path)
        entry.accepted, entry.rejected = len(result.events), len(result.rejections)
    family = store_file(
        session,
        data_dir,
        review,
        "family.xlsx",
        (DEMO_DIR / "family.xlsx").read_bytes(),
        by=BY,
        kind="family",
    )
    set_file_status(session, family, "confirmed", by=BY)
    current = service.add_review(
        session,
        reference=CURRENT_REFERENCE,
        review_type="rapid_review",
        user=BY,
        referral_date=calendar.subtract_working_days(today, 6),
        child_pseudonym="Child B",
        referring_agency="Children's Social Care",
    )
    service.update_review(
        session, current, {"scoping_sent_on": calendar.subtract_working_days(today, 5)}, BY
    )
    lines = []
    for username, role, agency, password in DEMO_USERS:
        add_user(session, username, password, role, by=BY, agency=agency)
        if role in {"lead_reviewer", "panel_member", "agency_uploader"}:
            assign(session, username, DEMO_REFERENCE, by=BY)
            if role == "lead_reviewer":
                assign(session, username, CURRENT_REFERENCE, by=BY)
        extra = f" for {agency}" if agency else ""
        lines.append(f"  {role:<17} user {username:<8} password {password}{extra}")
    session.flush()
    return lines


def _rapid_review(session: Session, review: Review) -> None:
    service.update_review(
        session,
        review,
        {
            "la_notified_on": dt.date(2021, 3, 15),
            "scoping_sent_on": dt.date(2021, 3, 15),
            "meeting_date": dt.date(2021, 3, 25),
        },
        BY,
    )
    for name, organisation, partner in (
        ("A. Officer", "Northshire Police", "police"),
        ("B. Manager", "Northshire Children's Services", "local_authority"),
        ("C. Nurse", "Northshire ICB", "icb"),
    ):
        service.add_attendee(session, review, name, organisation, partner, BY)
    for partner in ("police", "local_authority", "icb"):
        service.cast_vote(session, review, partner, "cspr", "Learning about step-parents", BY)
    service.record_decision(session, review, dt.date(2021, 3, 26), BY)
    service.add_recommendation(
        session, review, "Agencies ask about new adults in the household at every contact.", BY
    )
