"""Long work off the request: a callback starts a job in a thread and a polling callback shows
its progress. Jobs belong to the user who started them (another user's job id shows nothing),
and every poll goes through the same role check as any callback.

A job's state (progress, result, error) is kept in the database, so that with several worker
processes the poll can reach any of them. A registered task (`task`, `start_task`) runs on
Celery + Redis when CSPR_REDIS_URL is set (`cspr worker` processes take it; see
`dashboard.tasks`), else in a thread of the process that started it. If the process running it
dies mid-job, the job stops advancing and, after `STALE_SECONDS` without progress, is reported
as interrupted instead of polling forever.

Why not Dash's background callbacks: they run the callback itself in another process, where
there is no request and so no logged-in user, and their results are not scoped to the user
who asked. Here the request checks the user and hands over only ids and paths; the task reads
the account again and repeats the role and review check before it does anything.
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
from reviews.audit import now
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


def start(owner: int, total: int, work: Callable[[Progress], Any]) -> str:
    """Run `work(progress)` in a thread; `progress(done, label)` reports as it goes. The
    result must be JSON-serialisable (it is stored for whichever process is polled)."""
    sessions = context().sessions  # the thread reports to the database it was started with
    job_id = _new_job(sessions, owner, total)
    thread = threading.Thread(
        target=_run, args=(sessions, job_id, work), name=f"cspr-job-{job_id}", daemon=True
    )
    thread.start()
    return job_id


TaskFunction = Callable[[dict[str, Any], Progress], Any]
_TASKS: dict[str, TaskFunction] = {}


def task(name: str) -> Callable[[TaskFunction], TaskFunction]:
    """Register `function(payload, progress)` as work that may run in another process: its
    payload is plain JSON (ids, paths, choices), never a user object or file contents, and
    the function checks the user's role itself (there is no request where it runs)."""

    def register(function: TaskFunction) -> TaskFunction:
        _TASKS[name] = function
        return function

    return register


def start_task(owner: int, total: int, name: str, payload: dict[str, Any]) -> str:
    """Run a registered task: on Celery + Redis when CSPR_REDIS_URL is set (any worker
    process of `cspr worker` takes it), else in a thread of this process."""
    from dashboard import tasks

    if name not in _TASKS:
        raise KeyError(f"no task called {name!r}")
    if not tasks.redis_url():
        return start(owner, total, lambda progress: _TASKS[name](payload, progress))
    job_id = _new_job(context().sessions, owner, total)
    tasks.submit(job_id, name, payload)
    return job_id


def execute(sessions: Any, job_id: str, name: str, payload: dict[str, Any]) -> None:
    """Run a registered task for a job, reporting progress, result or error to the database
    (the same code in a thread or in a Celery worker)."""
    _run(sessions, job_id, lambda progress: _TASKS[name](payload, progress))


def _new_job(sessions: Any, owner: int, total: int) -> str:
    job_id = secrets.token_urlsafe(12)
    started = now()
    with sessions.begin() as session:
        session.execute(
            delete(BackgroundJob).where(
                BackgroundJob.updated_at < started - dt.timedelta(seconds=KEEP_SECONDS)
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
                started_at=started,
                updated_at=started,
            )
        )
    return job_id


def _run(sessions: Any, job_id: str, work: Callable[[Progress], Any]) -> None:
    def save(**values: Any) -> None:
        with sessions.begin() as session:
            session.execute(
                update(BackgroundJob)
                .where(BackgroundJob.id == job_id)
                .values(updated_at=now(), **values)
            )

    def progress(done: int, label: str) -> None:
        save(done=done, label=label[:200])

    try:
        result = work(progress)
        stored = json.dumps(result)
    except Exception as error:  # reported to the user, not lost in a thread or a worker
        save(error=f"{type(error).__name__}: {error}", finished=True)
        return
    save(result=stored, done=BackgroundJob.total, finished=True)


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
        if not job.finished and found.updated_at < now() - dt.timedelta(seconds=STALE_SECONDS):
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
