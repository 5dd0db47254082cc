"""Long work on Celery + Redis when CSPR_REDIS_URL is set: a partnership's server hands upload
checks to `cspr worker` processes, so a 20 MB workbook never ties up a web worker and any web
worker can answer the progress poll (the job's state is in the database, see `dashboard.jobs`).

A task receives plain JSON (the job id, the task's name and its payload of ids and paths).
The worker process configures the dashboard once, from the same data folder and database as
`cspr serve`, and each task reads the user's account again and repeats the role check.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

REDIS_ENV = "CSPR_REDIS_URL"
QUEUE = "cspr"


def redis_url() -> str | None:
    return os.environ.get(REDIS_ENV) or None


@cache
def celery_app() -> Any:
    """The Celery app (JSON only: no pickled objects cross the broker)."""
    from celery import Celery

    url = redis_url()
    if not url:
        raise RuntimeError(f"{REDIS_ENV} is not set")
    app = Celery("cspr", broker=url)
    app.conf.update(
        task_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,  # the result goes to the database, for the owner only
        task_default_queue=QUEUE,
        worker_hijack_root_logger=False,
        broker_connection_retry_on_startup=True,
        worker_prefetch_multiplier=1,  # one long check at a time per worker process
    )
    app.task(name="cspr.run_job")(_run_job)
    return app


def submit(job_id: str, name: str, payload: dict[str, Any]) -> None:
    celery_app().send_task("cspr.run_job", args=[job_id, name, payload], queue=QUEUE)


def _run_job(job_id: str, name: str, payload: dict[str, Any]) -> None:
    from dashboard import jobs
    from dashboard.access import context

    _configure_once()
    jobs.execute(context().sessions, job_id, name, payload)


_configured = False


def _configure_once() -> None:
    """The worker's dashboard context: the data folder and database `cspr serve` uses, and the
    pages imported (they register the tasks)."""
    global _configured
    if _configured:
        return
    from dashboard.access import configure
    from dashboard.app import get_app, make_context

    data_dir = Path(os.environ.get("CSPR_DATA_DIR", "data"))
    configure(make_context(data_dir))
    get_app()
    _configured = True


def run_worker(data_dir: Path, concurrency: int = 2) -> None:
    """`cspr worker`: take tasks from Redis until stopped."""
    os.environ["CSPR_DATA_DIR"] = str(data_dir)
    _configure_once()
    celery_app().worker_main(
        [
            "worker",
            "--loglevel=INFO",
            f"--concurrency={concurrency}",
            "-Q",
            QUEUE,
            "-n",
            f"cspr@{os.uname().nodename}",
        ]
    )
