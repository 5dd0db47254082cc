"""Issue 11: killed with SIGKILL during an upload, a decision or a vote, then restarted:
nothing half-written (every recorded file exists whole; every row has its audit row), nothing
lost that was acknowledged, and the leftovers of the crash cleaned at start-up."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from reviews import service
from reviews.casefiles import CaseFile, ReviewerDecision, clean_orphans, file_path
from reviews.db import open_database
from reviews.models import AuditEntry, Vote

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 6


def _prepare(data_dir: Path) -> None:
    sessions = open_database(f"sqlite:///{data_dir / 'cspr.sqlite3'}")
    with sessions.begin() as session:
        service.add_review(
            session, reference="CRASH-1", review_type="alternative_learning_review", user="lead"
        )
        for number in range(1, 200):
            service.add_review(
                session,
                reference=f"VOTE-{number}",
                review_type="alternative_learning_review",
                user="x",
            )
    sessions.kw["bind"].dispose()


def _run_and_kill(data_dir: Path, after: float) -> set[tuple[str, int]]:
    """Start the worker, let it write for `after` seconds, SIGKILL it; what it acknowledged."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_worker", str(data_dir)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(after)
    os.kill(process.pid, signal.SIGKILL)
    out, err = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, err[-2000:]
    acked = set()
    for line in out.splitlines():
        if line.startswith("ACK "):
            _, kind, number = line.split()
            acked.add((kind, int(number)))
    return acked


def test_sigkill_mid_write_loses_nothing_acknowledged_and_leaves_nothing_half_written(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    _prepare(data_dir)
    rng = random.Random(11)
    acknowledged: set[tuple[str, int]] = set()
    for _ in range(ROUNDS):
        acknowledged |= _run_and_kill(data_dir, rng.uniform(1.5, 4.0))
        files, decisions, votes, audited = _restart_and_check(data_dir)
        present = {("file", f.id) for f in files} | {("decision", d.id) for d in decisions}
        present |= {("vote", v.id) for v in votes}
        assert acknowledged <= present, f"lost after SIGKILL: {sorted(acknowledged - present)}"
        assert all(("ReviewerDecision", d.id) in audited for d in decisions)
        assert all(("Vote", v.id) in audited for v in votes)
        # No leftover: every folder under uploads/ belongs to a recorded file.
        known = {file_path(data_dir, f).parent.resolve() for f in files}
        uploads = data_dir / "uploads"
        leftovers = [
            folder
            for review in uploads.iterdir()
            for folder in review.iterdir()
            if folder.resolve() not in known
        ]
        assert leftovers == [], leftovers
    kinds = {kind for kind, _ in acknowledged}
    assert kinds == {"file", "decision", "vote"}, "the worker got through every kind of write"


@pytest.mark.parametrize("signal_number", [signal.SIGKILL])
def test_the_dashboard_restarts_after_sigkill(tmp_path: Path, signal_number: int) -> None:
    """The server itself killed mid-request comes back on the same data folder."""
    from tests.test_issue11_serve_server import callback, chronology_body, log_in, running

    data_dir = tmp_path / "data"
    with running(data_dir, "waitress", workers=1) as (base, pid):
        panel = log_in(base, "panel")
        before = callback(base, panel, chronology_body())["chr-summary"]["children"]
        os.killpg(pid, signal_number)
        time.sleep(1)
    with running(data_dir, "waitress", workers=1, demo=False) as (base, _pid):
        panel = log_in(base, "panel")
        after = callback(base, panel, chronology_body())["chr-summary"]["children"]
    assert after.split(" events shown")[0] == before.split(" events shown")[0]


def _restart_and_check(data_dir: Path) -> tuple[list[CaseFile], list[Any], list[Any], set[Any]]:
    """What the dashboard does at start-up (integrity check, clean-up), then: every recorded
    upload is on disk, whole, with its audit row. Returns what the database holds."""
    sessions = open_database(f"sqlite:///{data_dir / 'cspr.sqlite3'}")
    with sessions.begin() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        clean_orphans(session, data_dir, older_than=0)
    with sessions.begin() as session:
        files = list(session.scalars(select(CaseFile)))
        decisions = list(session.scalars(select(ReviewerDecision)))
        votes = list(session.scalars(select(Vote)))
        audited = set(session.execute(select(AuditEntry.entity, AuditEntry.entity_id)))
    sessions.kw["bind"].dispose()
    for entry in files:
        path = file_path(data_dir, entry)
        assert path.is_file(), entry.stored_path
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry.sha256
        assert ("CaseFile", entry.id) in audited
    return files, decisions, votes, audited


def _upload_body(data_url: str, name: str) -> dict[str, object]:
    outputs = [("upl-job", "data"), ("upl-poll", "disabled"), ("upl-message", "children")]
    return {
        "output": ".." + "...".join(f"{i}.{p}" for i, p in outputs) + "..",
        "outputs": [{"id": i, "property": p} for i, p in outputs],
        "inputs": [{"id": "upl-drop", "property": "contents", "value": [data_url]}],
        "state": [
            {"id": "upl-drop", "property": "filename", "value": [name]},
            {"id": "upl-kind", "property": "value", "value": "chronology"},
            {"id": "upl-agency", "property": "value", "value": "Police"},
            {"id": "review-id", "property": "data", "value": 1},
        ],
        "changedPropIds": ["upl-drop.contents"],
    }


def test_the_server_killed_during_uploads_leaves_nothing_half_written(tmp_path: Path) -> None:
    """`cspr serve` itself SIGKILLed at random moments while it stages, checks and records a
    16 MB upload: every recorded file is whole and audited, and the leftovers go at clean-up."""
    import base64
    import threading

    import requests

    from tests.test_issue11_serve_server import callback, chronology_body, log_in, running

    rows = "".join(
        f'{day % 28 + 1:02d}/0{day % 9 + 1}/2020,Police,"Officers attended address {day}; '
        "children seen, no injuries; referral to children's social care.\"\n"
        for day in range(150_000)
    )
    data = ("Date,Agency,Details\n" + rows).encode()
    url = "data:text/csv;base64," + base64.b64encode(data).decode()
    data_dir = tmp_path / "data"
    # Killed at each stage of an upload: while its bytes arrive, while it is being checked
    # (staged in uploads/.incoming), and just after its row is recorded.
    for round_number, stage in enumerate(["receiving", "checking", "recorded"]):
        name = f"Police_{round_number}.csv"
        with running(data_dir, "waitress", workers=1, demo=round_number == 0) as (base, pid):
            lead = log_in(base, "lead")

            def post(body: dict[str, object], cookies: dict[str, str] = lead) -> None:
                with contextlib_suppress():
                    requests.post(
                        f"{base}/_dash-update-component", json=body, cookies=cookies, timeout=60
                    )

            sender = threading.Thread(target=post, args=(_upload_body(url, name),))
            sender.start()
            if stage != "receiving":
                _wait_for_stage(data_dir, stage, name)
            os.killpg(pid, signal.SIGKILL)
            sender.join(60)
        files, _, _, _ = _restart_and_check(data_dir)
        known = {file_path(data_dir, f).parent.resolve() for f in files}
        for review in (data_dir / "uploads").iterdir():
            for folder in review.iterdir():
                assert folder.resolve() in known, f"left over after clean-up: {folder}"
    with running(data_dir, "waitress", workers=1, demo=False) as (base, _pid):
        summary = callback(base, log_in(base, "panel"), chronology_body())["chr-summary"]
        assert "events shown" in summary["children"]


def _wait_for_stage(data_dir: Path, stage: str, name: str) -> None:
    incoming = data_dir / "uploads" / ".incoming"
    for _ in range(1200):
        if stage == "checking" and incoming.is_dir() and any(incoming.iterdir()):
            return
        if stage == "recorded":
            sessions = open_database(f"sqlite:///{data_dir / 'cspr.sqlite3'}")
            with sessions.begin() as session:
                found = session.scalar(select(CaseFile.id).where(CaseFile.filename == name))
            sessions.kw["bind"].dispose()
            if found is not None:
                return
        time.sleep(0.05)
    raise AssertionError(f"the upload never reached the {stage} stage")


def contextlib_suppress() -> object:
    import contextlib

    import requests

    return contextlib.suppress(requests.RequestException)
