"""Long work off the request: a callback starts a job in a thread and a polling callback shows
its progress. Jobs belong to the user who started them (another user's job id shows nothing),
and every poll goes through the same role check as any callback. Jobs live in this process's
memory: the dashboard runs as one process (see `dashboard.app.serve`).

Why not Dash's background callbacks: they run the callback in another process, where there is
no request and so no logged-in user to check; here the check stays in the request.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

KEEP_SECONDS = 3600
Progress = Callable[[int, str], None]


@dataclass
class Job:
    id: str
    owner: int
    total: int
    done: int = 0
    label: str = "starting"
    result: Any = None
    error: str = ""
    finished: bool = False
    started: float = field(default_factory=time.monotonic)


_jobs: dict[str, Job] = {}
_lock = threading.Lock()


def start(owner: int, total: int, work: Callable[[Progress], Any]) -> str:
    """Run `work(progress)` in a thread; `progress(done, label)` reports as it goes."""
    job = Job(secrets.token_urlsafe(12), owner, max(total, 1))

    def progress(done: int, label: str) -> None:
        with _lock:
            job.done, job.label = done, label

    def run() -> None:
        try:
            result = work(progress)
        except Exception as error:  # reported to the user, not lost in a thread
            with _lock:
                job.error, job.finished = f"{type(error).__name__}: {error}", True
            return
        with _lock:
            job.result, job.done, job.finished = result, job.total, True

    with _lock:
        _forget_old()
        _jobs[job.id] = job
    threading.Thread(target=run, name=f"cspr-job-{job.id}", daemon=True).start()
    return job.id


def get(job_id: object, owner: int) -> Job | None:
    """A copy of the job's state, only for the user who started it."""
    with _lock:
        job = _jobs.get(str(job_id))
        if job is None or job.owner != owner:
            return None
        return Job(**job.__dict__)


def wait(job_id: str, owner: int, timeout: float = 30.0) -> Job | None:
    """Block until the job finishes (for tests and the benchmark)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = get(job_id, owner)
        if job is None or job.finished:
            return job
        time.sleep(0.02)
    return get(job_id, owner)


def _forget_old() -> None:
    now = time.monotonic()
    for key in [k for k, j in _jobs.items() if j.finished and now - j.started > KEEP_SECONDS]:
        del _jobs[key]
