"""A process that writes what the dashboard writes (uploads, duplicate decisions, votes) in a
loop, saying "ACK kind id" only after each commit; `test_issue11_crash.py` kills it with
SIGKILL at a random moment and checks what survived. Run: python -m tests.crash_worker DIR."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy.orm import Session

from reviews import service
from reviews.casefiles import add_decision, set_file_status, stage_upload, store_file
from reviews.db import open_database
from reviews.models import PARTNERS, Review

CSV = b"Date,Type,Entry\n04/05/2019,Home visit,Seen at home.\n" + b"x" * 200_000 + b"\n"


def _next_vote(session: Session) -> tuple[Review, str]:
    """The first VOTE-n review still missing a partner's vote (a restart carries on)."""
    for number in range(1, 200):
        review = service.get_review(session, f"VOTE-{number}")
        done = {v.partner for v in review.votes}
        missing = [p for p in PARTNERS if p not in done]
        if missing:
            return review, missing[0]
    raise RuntimeError("no review left to vote on")


def main(data_dir: Path) -> None:
    sessions = open_database(f"sqlite:///{data_dir / 'cspr.sqlite3'}")
    number = 0
    while True:
        number += 1
        staged = stage_upload(data_dir, f"Agency_{number}.csv", CSV + str(number).encode())
        with sessions.begin() as session:
            review = service.get_review(session, "CRASH-1")
            entry = store_file(session, data_dir, review, staged.path.name, staged, by="lead")
            set_file_status(session, entry, "confirmed", by="lead")
        print(f"ACK file {entry.id}", flush=True)
        with sessions.begin() as session:
            review = service.get_review(session, "CRASH-1")
            refs = [f"Agency_{number}.csv||2#a", f"Agency_{number}.csv||2#b"]
            decision = add_decision(session, review, "different", refs, by="lead")
        print(f"ACK decision {decision.id}", flush=True)
        with sessions.begin() as session:
            voting, partner = _next_vote(session)
            vote = service.cast_vote(session, voting, partner, "cspr", "meets the criteria", "lead")
        print(f"ACK vote {vote.id}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
