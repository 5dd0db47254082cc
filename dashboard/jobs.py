"""Long work off the request: a callback starts a job in a thread and a polling callback shows
its progress. Jobs belong to the user who started them (another user's job id shows nothing),
and every poll goes through the same role check as any callback.

A job's state (progress, result, error) is kept in the database, so that with several worker
processes the poll can reach any of them; the work itself runs in a thread of the process that
started it. If that process dies mid-job, the job stops advancing and, after `STALE_SECONDS`
without progress, is reported as interrupted instead of polling forever.

Why not Dash's background callbacks: they run the callback in another process, where there is
no request and so no logged-in user to check; here the check stays in the request.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, update

from dashboard.access import context, db
from reviews.casefiles import BackgroundJob

KEEP_SECONDS = 3600
STALE_SECONDS = 900
Progress = Callable[[int, str], None]


@dataclass
class Job:
    id: str
    owner: int
    total: int
    done: int = 0
    label: str = "starting"
    result: Any = None  # as JSON gives it back: a tuple comes back as a list
    error: str = ""
    finished: bool = False
    started: float = field(default_factory=time.monotonic)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def start(owner: int, total: int, work: Callable[[Progress], Any]) -> str:
    """Run `work(progress)` in a thread; `progress(done, label)` reports as it goes. The
    result must be JSON-serialisable (it is stored for whichever process is polled)."""
    job_id = secrets.token_urlsafe(12)
    now = _now()
    sessions = context().sessions  # the thread reports to the database it was started with
    with sessions.begin() as session:
        session.execute(
            delete(BackgroundJob).where(
                BackgroundJob.updated_at < now - dt.timedelta(seconds=KEEP_SECONDS)
            )
        )
        session.add(
            BackgroundJob(
                id=job_id,
                owner=owner,
                total=max(total, 1),
                done=0,
                label="starting",
                result="",
                error="",
                finished=False,
                started_at=now,
                updated_at=now,
            )
        )

    def save(**values: Any) -> None:
        with sessions.begin() as session:
            session.execute(
                update(BackgroundJob)
                .where(BackgroundJob.id == job_id)
                .values(updated_at=_now(), **values)
            )

    def progress(done: int, label: str) -> None:
        save(done=done, label=label[:200])

    def run() -> None:
        try:
            result = work(progress)
            stored = json.dumps(result)
        except Exception as error:  # reported to the user, not lost in a thread
            save(error=f"{type(error).__name__}: {error}", finished=True)
            return
        save(result=stored, done=BackgroundJob.total, finished=True)

    threading.Thread(target=run, name=f"cspr-job-{job_id}", daemon=True).start()
    return job_id


def get(job_id: object, owner: int) -> Job | None:
    """The job's state, only for the user who started it."""
    with db() as session:
        found = session.get(BackgroundJob, str(job_id))
        if found is None or found.owner != owner:
            return None
        job = Job(
            found.id,
            found.owner,
            found.total,
            found.done,
            found.label,
            json.loads(found.result) if found.result else None,
            found.error,
            found.finished,
        )
        if not job.finished and found.updated_at < _now() - dt.timedelta(seconds=STALE_SECONDS):
            job.error = "interrupted (the server was restarted); please upload the file again"
            job.finished = True
        return job


def wait(job_id: str, owner: int, timeout: float = 30.0) -> Job | None:
    """Block until the job finishes (for tests and the benchmark)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = get(job_id, owner)
        if job is None or job.finished:
            return job
        time.sleep(0.02)
    return get(job_id, owner)
