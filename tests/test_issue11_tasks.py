"""Issue 11: long work off the web workers. Upload checks are tasks that carry only ids and
paths; the task reads the account again and repeats the role and review check where it runs;
with CSPR_REDIS_URL set they run on a real Celery worker (`cspr worker`) against Redis."""

from __future__ import annotations

import base64
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from accounts import get_user
from dashboard import access, jobs
from dashboard.demo import DEMO_DIR
from reviews.casefiles import CaseFile, stage_upload
from tests.test_dashboard_support import Demo, as_user, start_demo

ROOT = Path(__file__).resolve().parent.parent
GP_CSV = (DEMO_DIR / "GP_chronology.csv").read_bytes()


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Demo]:
    found = start_demo(tmp_path / "data")
    yield found
    found.close()


def _payload(demo: Demo, username: str, path: Path | None = None) -> dict[str, object]:
    staged = stage_upload(demo.data_dir, "GP_task.csv", GP_CSV)
    with demo.context.sessions.begin() as session:
        user_id = get_user(session, username).id
    return {
        "user_id": user_id,
        "review_id": 1,
        "kind": "chronology",
        "agency": "GP",
        "messages": [],
        "files": [
            {
                "path": str(path or staged.path),
                "sha256": staged.sha256,
                "size": staged.size,
                "name": "GP_task.csv",
            }
        ],
    }


def _job(demo: Demo, username: str, payload: dict[str, object]) -> jobs.Job:
    with demo.context.sessions.begin() as session:
        owner = get_user(session, username).id
    job_id = jobs._new_job(demo.context.sessions, owner, 1)
    jobs.execute(demo.context.sessions, job_id, "check_uploads", payload)
    with demo.app.server.test_request_context("/"):
        found = jobs.get(job_id, owner)
    assert found is not None and found.finished
    return found


def _files(demo: Demo, name: str) -> list[CaseFile]:
    with demo.context.sessions.begin() as session:
        return list(session.scalars(select(CaseFile).where(CaseFile.filename == name)))


def test_the_task_checks_the_upload_for_a_user_who_may_upload(demo: Demo) -> None:
    import dashboard.pages.upload  # noqa: F401  (registers the task)

    job = _job(demo, "lead", _payload(demo, "lead"))
    assert not job.error, job.error
    messages, last = job.result
    assert last is not None and "GP_task.csv" in messages[0]
    assert [f.status for f in _files(demo, "GP_task.csv")] == ["pending"]
    assert not list((demo.data_dir / "uploads" / ".incoming").iterdir())


def test_the_task_repeats_the_role_check(demo: Demo) -> None:
    """A panel member may not upload: the task refuses though the request never reached it,
    and the staged bytes are deleted."""
    import dashboard.pages.upload  # noqa: F401

    payload = _payload(demo, "panel")
    job = _job(demo, "panel", payload)
    assert job.error.startswith("Denied: a panel member may not do this (upload)")
    assert _files(demo, "GP_task.csv") == []
    assert not Path(str(payload["files"][0]["path"])).exists()  # type: ignore[index]


def test_the_task_reads_only_files_staged_by_an_upload(demo: Demo, tmp_path: Path) -> None:
    import dashboard.pages.upload  # noqa: F401

    secret = tmp_path / "elsewhere.csv"
    secret.write_bytes(GP_CSV)
    job = _job(demo, "lead", _payload(demo, "lead", path=secret))
    assert job.error == "Denied: a task may only check files staged by an upload"
    assert secret.exists() and _files(demo, "GP_task.csv") == []


def _redis_url() -> str:
    url = os.environ.get("CSPR_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError:
        pytest.skip(f"no Redis at {url} (CI starts one and sets CSPR_TEST_REDIS_URL)")
    return url


@contextlib.contextmanager
def _worker(data_dir: Path, url: str) -> Iterator[subprocess.Popen[bytes]]:
    log = (data_dir.parent / "worker.log").open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "cspr.cli",
            "worker",
            "--data-dir",
            str(data_dir),
            "--concurrency",
            "1",
        ],
        cwd=ROOT,
        env={**os.environ, "CSPR_REDIS_URL": url},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
        log.close()


def test_with_redis_an_upload_is_checked_by_a_celery_worker(
    demo: Demo, monkeypatch: pytest.MonkeyPatch
) -> None:
    import redis

    from dashboard import tasks
    from dashboard.pages import upload

    url = _redis_url()
    redis.Redis.from_url(url).flushdb()
    monkeypatch.setenv("CSPR_REDIS_URL", url)
    tasks.celery_app.cache_clear()
    data = "data:text/csv;base64," + base64.b64encode(GP_CSV).decode()
    with _worker(demo.data_dir, url) as worker, as_user(demo, "lead") as lead:
        access.configure(demo.context)
        job_id, polling, lines = upload.upload_files(
            [data], ["GP_by_worker.csv"], "chronology", "GP", 1
        )
        assert polling is False and "Checking 1 file(s)" in str(lines)
        job = jobs.wait(job_id, lead.id, timeout=120)
        log_path = demo.data_dir.parent / "worker.log"
        # Celery logs "succeeded" just after the task returns (the job is marked finished
        # inside it): wait for that line rather than read the log at once.
        deadline = time.monotonic() + 30
        log = log_path.read_text(errors="replace")
        while "succeeded" not in log and time.monotonic() < deadline:
            time.sleep(0.2)
            log = log_path.read_text(errors="replace")
        assert job is not None and job.finished, f"worker did not finish the job:\n{log[-3000:]}"
        assert worker.poll() is None  # the worker is alive: it ran the task, not this process
    assert not job.error, job.error
    assert "cspr.run_job" in log and "succeeded" in log
    assert [f.status for f in _files(demo, "GP_by_worker.csv")] == ["pending"]
    tasks.celery_app.cache_clear()
